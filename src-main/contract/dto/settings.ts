export interface SettingsDto {
  /** The shop's display name; empty until the owner sets it. */
  shopName: string;
  /** IANA time zone in which business dates are counted, e.g. `Asia/Shanghai`. */
  timeZone: string;
}
