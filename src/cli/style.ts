// Terminal colours for the readable output; off when stdout is not a TTY or NO_COLOR is set.
const enabled = process.stdout.isTTY === true && !process.env.NO_COLOR;
const wrap = (code: number) => (s: string) => (enabled ? `\x1b[${code}m${s}\x1b[0m` : s);
export const bold = wrap(1);
export const dim = wrap(2);
export const red = wrap(31);
export const green = wrap(32);
export const yellow = wrap(33);
export const blue = wrap(34);
export const magenta = wrap(35);
export const cyan = wrap(36);
