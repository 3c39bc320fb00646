import type { Resource } from '../shared/use-resource';

/** Several reads as one: loading until all are in, the first error if any fails. */
export function allReady<A, B>(a: Resource<A>, b: Resource<B>): Resource<[A, B]>;
export function allReady<A, B, C>(a: Resource<A>, b: Resource<B>, c: Resource<C>): Resource<[A, B, C]>;
export function allReady(...resources: Resource<unknown>[]): Resource<unknown[]> {
  for (const resource of resources) if (resource.status === 'error') return resource;
  const data: unknown[] = [];
  for (const resource of resources) {
    if (resource.status !== 'ready') return { status: 'loading' };
    data.push(resource.data);
  }
  return { status: 'ready', data };
}
