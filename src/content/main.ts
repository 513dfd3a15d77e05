// Content script entry: placeholder until the in-page issue lands.
export {};
