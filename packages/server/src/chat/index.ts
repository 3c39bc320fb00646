/** Chat trail (issue 19): reading chat exports from disk. No route yet: the importer builds on this. */
export * from './encoding';
export * from './read-export';
