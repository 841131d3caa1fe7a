import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { OptionsModel } from './options-model';

export const OptionsContext = createContext<OptionsModel | null>(null);

export function useOptions(): OptionsModel {
  const model = useContext(OptionsContext);
  if (model === null) throw new Error('useOptions outside OptionsContext');
  return model;
}
