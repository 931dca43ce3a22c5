import type { RouteRecordRaw } from 'vue-router';
import type { Capability, PracticeArea, RecordKind } from '@/gql/graphql';

declare module 'vue-router' {
  interface RouteMeta {
    /** Any one of these; absent = every signed-in member. The server checks again. */
    capability?: readonly Capability[];
    /** Reachable signed out (sign-in). */
    public?: boolean;
    /** Shown in the browser tab. */
    title?: string;
    /**
     * The page shows one record, the route's `:id`: when it is not in the current practice but in
     * another of the viewer's, the not-found state offers to switch there (shared/recordOwner.ts).
     */
    record?: RecordKind;
  }
}

/** The sections of the main navigation, top to bottom. */
export const NAV_SECTIONS = ['Overview', 'Organization', 'Finance', 'Marketing', 'Administration', 'Self-service'] as const;
export type NavSectionTitle = (typeof NAV_SECTIONS)[number];

export interface NavItem {
  label: string;
  icon: string;
  /** The route this item opens; the route declares the same requirement. */
  route: string;
  /** Any one of these capabilities shows the item; null = every signed-in member. */
  capability: readonly Capability[] | null;
  /** Shown to physicians and advanced-practice providers only. */
  providersOnly?: boolean;
  /** Shown once the practice uses this area (has a first record there); the Get started page starts it. */
  area?: PracticeArea;
  /** Shown only while an area this viewer could use has not been started. */
  whileAreasToStart?: boolean;
  section: NavSectionTitle;
  /** Place within its section, lowest first. */
  order: number;
}

/**
 * What an area of the SPA (a folder under features/) brings to the app: its pages, lazily loaded,
 * and its items in the main navigation. app/features.ts lists every feature.
 */
export interface Feature {
  /** Pages inside the app shell (sidebar and top bar). */
  routes?: RouteRecordRaw[];
  /** Pages without the shell: signing in, choosing a practice. */
  standaloneRoutes?: RouteRecordRaw[];
  nav?: NavItem[];
}
