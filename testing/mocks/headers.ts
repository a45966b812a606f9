/** `next/headers` for integration tests: the request headers are `harness.headers`. */
import { harness } from '../harness';

export const headers = async () => new Headers(harness.headers);

export const cookies = async () => new Map();
