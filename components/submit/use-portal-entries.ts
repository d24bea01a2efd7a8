import { useEffect, useState } from 'react';
import {
  managedPortalChoicesItem,
  portalProfilesItem,
  readPortalEntries,
  type PortalEntry,
} from '@/lib/settings/portals';
import { useManagedPolicy } from '../options/use-managed-policy';
import { useStoredValue } from '../options/use-stored-value';

/** Every portal (district's and teacher's), kept current when the options page changes them. */
export function usePortalEntries(): PortalEntry[] | undefined {
  const policy = useManagedPolicy();
  const teacherPortals = useStoredValue(portalProfilesItem);
  const choices = useStoredValue(managedPortalChoicesItem);
  const [entries, setEntries] = useState<PortalEntry[]>();
  useEffect(() => {
    if (policy) void readPortalEntries(policy).then(setEntries);
  }, [policy, teacherPortals, choices]);
  return entries;
}
