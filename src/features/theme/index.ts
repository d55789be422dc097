/** Dark and light themes. */
export { applyTheme, useTheme, type Theme } from './theme';
