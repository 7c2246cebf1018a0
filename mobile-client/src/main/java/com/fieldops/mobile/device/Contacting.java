package com.fieldops.mobile.device;

/** Call or mail someone with the device's own phone and mail apps. */
public interface Contacting {
  void call(String phoneNumber);

  void mail(String address);
}
