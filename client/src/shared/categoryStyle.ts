import type { StaffCategory } from '@/gql/graphql';

/** One hue per staff category, used by avatars, tags and chart bars alike. */
export const CATEGORY_COLOR: Record<StaffCategory, { fg: string; bg: string; bar: string }> = {
  PHYSICIAN: { fg: '#0f766e', bg: '#ccfbf1', bar: '#14b8a6' },
  NURSE_PRACTITIONER: { fg: '#6d28d9', bg: '#ede9fe', bar: '#8b5cf6' },
  PHYSICIAN_ASSISTANT: { fg: '#7e22ce', bg: '#f3e8ff', bar: '#a855f7' },
  NURSE_MIDWIFE: { fg: '#be185d', bg: '#fce7f3', bar: '#ec4899' },
  CLINICAL_STAFF: { fg: '#0369a1', bg: '#e0f2fe', bar: '#0ea5e9' },
  ADMINISTRATIVE_STAFF: { fg: '#475569', bg: '#e2e8f0', bar: '#94a3b8' },
  MANAGEMENT: { fg: '#1d4ed8', bg: '#dbeafe', bar: '#3b82f6' },
};
