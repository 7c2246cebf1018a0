package com.fieldops.mobile.device;

/**
 * The app going to the background (screen off, another app) and coming back. A desktop window never
 * goes to the background: its lifecycle calls nothing.
 */
public interface AppLifecycle {
  void onBackground(Runnable r);

  void onForeground(Runnable r);

  static AppLifecycle none() {
    return new AppLifecycle() {
      @Override
      public void onBackground(Runnable r) {
      }

      @Override
      public void onForeground(Runnable r) {
      }
    };
  }
}
