let counter = 0;
/** A new block id, unique in this window (time, then a counter for blocks made in the same millisecond). */
export const newBlockId = () => `b-${Date.now().toString(36)}-${(counter++).toString(36)}`;
