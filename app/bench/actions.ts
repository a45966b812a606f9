'use server';

/** The benchmark's baseline: a server action that does nothing, so Next's own cost is measured. */
export async function doNothing(): Promise<void> {}
