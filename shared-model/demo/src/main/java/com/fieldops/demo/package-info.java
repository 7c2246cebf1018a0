/**
 * Deterministic demo and benchmark data: {@link com.fieldops.demo.DemoDataGenerator} makes the
 * same {@link com.fieldops.demo.DemoDataSet} for the same seed, size and reference time.
 * Sign-in for the demo only: {@link com.fieldops.demo.DemoUsers}.
 */
package com.fieldops.demo;
