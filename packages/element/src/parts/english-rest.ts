// The `flow` part's English (form labels, requirement texts, the words of the steps' screens).
// Empty here: in every build but the CDN one the SDK's English is whole already. The CDN build
// leaves these messages out of the first load and fills this module in to register them when the
// part arrives (rollup.config.mjs).
export {};
