import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context';
import { AGENCIES } from './policy';
import { applyShield } from './shield';
import { buildSlice } from './slices';
import { cellsFor, type Viewer } from './viewer';

/**
 * One executable schema and one Apollo Server per slice (Apollo cannot switch
 * schemas per request): the agencies' slices are built at start-up, partner
 * clients' slices on first use and kept (few clients, grants change rarely).
 */
/** A slice with the shield applied, and the same slice without it (see shieldPrecheck in shield.ts). */
export interface Slice {
  shielded: GraphQLSchema;
  unguarded: GraphQLSchema;
}

export class SliceRegistry {
  private readonly servers = new Map<string, Promise<ApolloServer<Context>>>();
  private readonly slices = new Map<string, Slice>();
  private static readonly MAX_PARTNER_SLICES = 500;

  constructor(
    private readonly full: GraphQLSchema,
    private readonly makeServer: (slice: Slice) => ApolloServer<Context>,
  ) {}

  /** The slice of a viewer, with the shield applied (built once per slice key). */
  schemaFor(viewer: Pick<Viewer, 'agency' | 'grants'> & Partial<Pick<Viewer, 'sliceKey'>>): GraphQLSchema {
    return this.sliceFor(viewer).shielded;
  }

  private sliceFor(viewer: Pick<Viewer, 'agency' | 'grants'> & Partial<Pick<Viewer, 'sliceKey'>>): Slice {
    const key = viewer.sliceKey;
    const cached = key ? this.slices.get(key) : undefined;
    if (cached) return cached;
    const unguarded = buildSlice(this.full, cellsFor(viewer));
    const slice = { shielded: applyShield(unguarded), unguarded };
    if (key) this.slices.set(key, slice);
    return slice;
  }

  async startAgencies(): Promise<void> {
    await Promise.all(AGENCIES.map((agency) => this.serverFor({ agency, grants: null, sliceKey: agency })));
  }

  serverFor(viewer: Pick<Viewer, 'agency' | 'grants' | 'sliceKey'>): Promise<ApolloServer<Context>> {
    let s = this.servers.get(viewer.sliceKey);
    if (!s) {
      if (this.servers.size >= AGENCIES.length + SliceRegistry.MAX_PARTNER_SLICES) {
        throw new Error('too many partner slices');
      }
      const server = this.makeServer(this.sliceFor(viewer));
      s = server.start().then(() => server);
      this.servers.set(viewer.sliceKey, s);
    }
    return s;
  }

  async stopAll(): Promise<void> {
    const all = await Promise.allSettled(this.servers.values());
    await Promise.all(all.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
  }
}
