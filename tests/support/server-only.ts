// Tests import server modules directly in Node; `server-only` would refuse that. Nothing to do here.
export {};
