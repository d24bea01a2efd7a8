import { lazy, useState, type ComponentType } from 'react';

export type PreloadableComponent<P extends object> = ComponentType<P> & {
  /** Starts loading the module (once); resolves when the component can render without suspending. */
  preload(): Promise<ComponentType<P>>;
  /** True once the module is in memory: the component then renders without suspending. */
  isLoaded(): boolean;
};

/**
 * React.lazy that renders straight away once its module has been loaded. A lazy component suspends on its first
 * render even when its module is already in memory, and React 19 holds a revealed Suspense boundary back for
 * 300 ms (its fallback throttle): measured in the fastest-path e2e, a capture's trace showed 300 ms after the
 * panel had everything it needed (2026-11). Preloaded, the component mounts in the same render as its parent.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed chunk load can be tried again on the next render
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount it and lose state.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Preloadable, { preload, isLoaded: () => loaded !== undefined });
}
