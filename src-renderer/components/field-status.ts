/** Form.Item props that show the server's message for a field under it, red; nothing when there is none. */
export function fieldStatus(message: string | undefined): { validateStatus?: 'error'; help?: string } {
  return message ? { validateStatus: 'error', help: message } : {};
}
