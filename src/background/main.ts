// Background entry: placeholder until the cache and popup issue lands.
export {};
