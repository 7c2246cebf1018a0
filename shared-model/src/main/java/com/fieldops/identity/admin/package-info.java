/**
 * User administration as the console and the server both see it: what an admin sends to create a
 * user, change their role or reset their password, and what the server answers. The rules (user
 * name, role needs region or technician, password length) are checked here once, by Bean
 * Validation, on both sides. Users are not synced records: they go through the admin API.
 */
package com.fieldops.identity.admin;
