package com.fieldops.desktop.stock;

import com.fieldops.desktop.i18n.Messages;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The stock screen's tabs: stock by place, and the part requests waiting for the office. */
public final class StockTabs {
  private StockTabs() {}

  public static TabPane of(Messages msg, StockScreenView byPlace, PartRequestsView requests) {
    Tab places = new Tab(msg.text("stock.tab.places"), byPlace);
    places.setId("stockTabPlaces");
    Tab asked = new Tab(msg.text("stock.tab.requests"), requests);
    asked.setId("stockTabRequests");
    TabPane tabs = new TabPane(places, asked);
    tabs.setId("stockTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    return tabs;
  }
}
