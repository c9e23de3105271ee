// Optional fields are left out of a request body, never sent as null or "".

/** `{ [key]: value }` when value is defined, otherwise `{}` — for spreading into a body. */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
