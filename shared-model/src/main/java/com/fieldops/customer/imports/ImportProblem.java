package com.fieldops.customer.imports;

/**
 * One thing wrong with an import file, where a person finds it in their spreadsheet.
 *
 * @param row    the line in the file, 1 = the header row; 0 = the file as a whole (its encoding)
 * @param column the column's header name, or null for a whole row or the file
 */
public record ImportProblem(int row, String column, String message) {}
