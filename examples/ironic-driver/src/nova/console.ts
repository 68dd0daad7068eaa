/** nova.console.type.ConsoleSerial: what get_serial_console returns. */
export class ConsoleSerial {
  readonly type = 'serial';
  constructor(readonly host: string, readonly port: number) {}
}
