package com.fieldops.replica.view;

import java.util.UUID;

public record CustomerRow(UUID id, String name, String accountNumber, String city, int openWorkOrders, boolean pending) {}
