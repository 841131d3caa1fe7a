/**
 * The keyboard shortcuts (the commands API), each declared once: the manifest's `commands`
 * (wxt.config.ts), the worker's handler (entrypoints/background/commands.ts) and the options
 * page's list all read this. People change the keys in the browser's own shortcut settings.
 * They also serve voice control: a spoken command can press them.
 */
import type { MessageKey } from './i18n-keys';

export const COMMANDS = {
  'log-cup': { description: 'commandLogCup', suggestedKey: 'Alt+Shift+W' },
  'start-breathing': { description: 'commandBreathe', suggestedKey: 'Alt+Shift+B' },
  'toggle-pause': { description: 'commandTogglePause', suggestedKey: 'Alt+Shift+P' },
} as const satisfies Record<string, { description: MessageKey; suggestedKey: string }>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export const isCommand = (name: string): name is CommandName => COMMAND_NAMES.some((command) => command === name);

/** The manifest's `commands`, its descriptions from the locale catalog. */
export const manifestCommands = () =>
  Object.fromEntries(
    COMMAND_NAMES.map((name) => [
      name,
      { suggested_key: { default: COMMANDS[name].suggestedKey }, description: `__MSG_${COMMANDS[name].description}__` },
    ]),
  );
