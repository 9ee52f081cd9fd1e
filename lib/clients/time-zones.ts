/** Every IANA time zone this runtime knows, for pickers. */
export function listTimeZones(): string[] {
  return Intl.supportedValuesOf("timeZone");
}
