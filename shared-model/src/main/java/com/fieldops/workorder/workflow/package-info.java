/**
 * The work-order state machine and who may move it: pure code, the same answers on the server and
 * both clients. Entry point: {@link com.fieldops.workorder.workflow.WorkOrderWorkflow}.
 */
package com.fieldops.workorder.workflow;
