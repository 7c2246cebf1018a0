package com.fieldops.desktop.stock;

import com.fieldops.desktop.i18n.Messages;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The stock screen's tabs: stock by place, the part requests waiting for the office, where a serial went, and what is below threshold or below zero. */
public final class StockTabs {
  private StockTabs() {}

  public static TabPane of(Messages msg, StockScreenView byPlace, PartRequestsView requests,
      SerialLookupView serials, ReplenishView replenish) {
    Tab places = new Tab(msg.text("stock.tab.places"), byPlace);
    places.setId("stockTabPlaces");
    Tab asked = new Tab(msg.text("stock.tab.requests"), requests);
    asked.setId("stockTabRequests");
    Tab serial = new Tab(msg.text("stock.tab.serials"), serials);
    serial.setId("stockTabSerials");
    Tab below = new Tab(msg.text("stock.tab.replenish"), replenish);
    below.setId("stockTabReplenish");
    TabPane tabs = new TabPane(places, asked, serial, below);
    tabs.setId("stockTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    return tabs;
  }
}
