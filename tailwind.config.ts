import type { Config } from 'tailwindcss';

// Loaded from src/index.css with @config; Tailwind 4 reads the theme from here.
export default {
  darkMode: 'class',
  theme: {
    extend: {
      colors: {
        accent: { DEFAULT: '#8b5cf6', soft: '#a78bfa', strong: '#6d28d9' },
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
      },
    },
  },
} satisfies Config;
