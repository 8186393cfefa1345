#!/usr/bin/env node
import { createRequire as __tlCreateRequire } from 'node:module'; const require = __tlCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path6, { windows } = {}) => {
      const segs = path6.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote3 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote3 = quote3 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote3 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote3 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote3 = quote3 === 1 ? 0 : 1;
          continue;
        }
        if (quote3 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append2 = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append2(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append2({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject4 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject4(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob2, options) : picomatch4.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch4.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// src/model/errors.ts
function formatLocation(loc) {
  if (loc.line === void 0) return loc.file;
  return loc.column === void 0 ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}
function isInputError(e) {
  return e instanceof InputError || e instanceof InputErrors;
}
var InputError, InputErrors;
var init_errors = __esm({
  "src/model/errors.ts"() {
    "use strict";
    InputError = class extends Error {
      constructor(message, location) {
        super(location ? `${formatLocation(location)}: ${message}` : message);
        this.location = location;
      }
      location;
      name = "InputError";
    };
    InputErrors = class extends Error {
      constructor(errors) {
        super(errors.map((e) => e.message).join("\n"));
        this.errors = errors;
      }
      errors;
      name = "InputErrors";
    };
  }
});

// src/version.ts
var VERSION;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
  }
});

// src/analysis/dates.ts
function dayNumber(date) {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / 864e5);
}
function isIsoDate(date) {
  return dayNumber(date) !== null;
}
function utcDate(instant) {
  return instant.toISOString().slice(0, 10);
}
var ISO_DATE;
var init_dates = __esm({
  "src/analysis/dates.ts"() {
    "use strict";
    ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  }
});

// src/xml/reader.ts
function readXml(source, options, handlers) {
  const max = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (!Number.isInteger(max) || max < 0) throw new RangeError(`maxTextLength must be a non-negative integer`);
  new Reader(source, options.file, max, handlers).document();
}
function xmlRoot(source, limit = 4096) {
  const head = source.length > limit ? source.slice(0, limit) : source;
  const n = head.length;
  let p = head.charCodeAt(0) === 65279 ? 1 : 0;
  for (; ; ) {
    while (p < n && isSpace(head.charCodeAt(p))) p++;
    if (head.charCodeAt(p) !== LT) return null;
    let end;
    if (head.startsWith("<?", p)) {
      end = head.indexOf("?>", p + 2);
      if (end === -1) return null;
      p = end + 2;
    } else if (head.startsWith("<!--", p)) {
      end = head.indexOf("-->", p + 4);
      if (end === -1) return null;
      p = end + 3;
    } else if (head.startsWith("<!DOCTYPE", p)) {
      end = doctypeEnd(head, p + 9);
      if (end === -1) return null;
      p = end + 1;
    } else {
      const e = nameEnd(head, p + 1);
      if (e === p + 1 || e === n && n < source.length) return null;
      return head.slice(p + 1, e);
    }
  }
}
function isSpace(c) {
  return c === SP || c === LF || c === TAB || c === CR;
}
function isNonAsciiNameStart(c) {
  return c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c === 8204 || c === 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533;
}
function isNonAsciiNameChar(c) {
  return isNonAsciiNameStart(c) || c === 183 || c >= 768 && c <= 879 || c === 8255 || c === 8256;
}
function nonAsciiNameWidth(s, pos, start) {
  const c = s.charCodeAt(pos);
  if (c >= 55296 && c <= 56191) {
    const d = s.charCodeAt(pos + 1);
    return d >= 56320 && d <= 57343 ? 2 : 0;
  }
  return (start ? isNonAsciiNameStart(c) : isNonAsciiNameChar(c)) ? 1 : 0;
}
function nameEnd(s, pos) {
  const n = s.length;
  if (pos >= n) return pos;
  let c = s.charCodeAt(pos);
  if (c < 128) {
    if ((ASCII[c] & NAME_START) === 0) return pos;
    pos++;
  } else {
    const w = nonAsciiNameWidth(s, pos, true);
    if (w === 0) return pos;
    pos += w;
  }
  while (pos < n) {
    c = s.charCodeAt(pos);
    if (c < 128) {
      if ((ASCII[c] & NAME_CHAR) === 0) return pos;
      pos++;
    } else {
      const w = nonAsciiNameWidth(s, pos, false);
      if (w === 0) return pos;
      pos += w;
    }
  }
  return pos;
}
function isXmlChar(cp) {
  return cp === TAB || cp === LF || cp === CR || cp >= 32 && cp <= 55295 || cp >= 57344 && cp <= 65533 || cp >= 65536 && cp <= 1114111;
}
function doctypeEnd(s, pos) {
  let quote3 = 0;
  let depth = 0;
  for (let i = pos; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote3 !== 0) {
      if (c === quote3) quote3 = 0;
    } else if (c === QUOT || c === APOS) quote3 = c;
    else if (c === LBRACKET) depth++;
    else if (c === RBRACKET) depth--;
    else if (c === GT && depth <= 0) return i;
  }
  return -1;
}
function occursAt(s, pos, t) {
  for (let i = 0; i < t.length; i++) if (s.charCodeAt(pos + i) !== t.charCodeAt(i)) return false;
  return true;
}
function clip(t) {
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}
var DEFAULT_MAX_TEXT_LENGTH, MAX_DEPTH, NAMES_CACHE_SIZE, XmlError, TAB, LF, CR, SP, BANG, QUOT, HASH, AMP, APOS, SLASH, SEMI, LT, EQ, GT, QM, LBRACKET, RBRACKET, NAME_START, NAME_CHAR, ASCII, Reader;
var init_reader = __esm({
  "src/xml/reader.ts"() {
    "use strict";
    init_errors();
    DEFAULT_MAX_TEXT_LENGTH = 1024 * 1024;
    MAX_DEPTH = 1e3;
    NAMES_CACHE_SIZE = 256;
    XmlError = class extends InputError {
      constructor(message, location, code2) {
        super(message, location);
        this.code = code2;
      }
      code;
    };
    TAB = 9;
    LF = 10;
    CR = 13;
    SP = 32;
    BANG = 33;
    QUOT = 34;
    HASH = 35;
    AMP = 38;
    APOS = 39;
    SLASH = 47;
    SEMI = 59;
    LT = 60;
    EQ = 61;
    GT = 62;
    QM = 63;
    LBRACKET = 91;
    RBRACKET = 93;
    NAME_START = 1;
    NAME_CHAR = 2;
    ASCII = new Uint8Array(128);
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      if (/[A-Za-z_:]/.test(ch)) ASCII[c] = NAME_START | NAME_CHAR;
      else if (/[0-9.-]/.test(ch)) ASCII[c] = NAME_CHAR;
    }
    Reader = class {
      constructor(s, file, max, handlers) {
        this.s = s;
        this.file = file;
        this.max = max;
        this.n = s.length;
        this.h = handlers;
        this.onText = handlers.text;
      }
      s;
      file;
      max;
      n;
      h;
      onText;
      /** Open elements: names and the offsets of their '<'. */
      names = [];
      starts = [];
      depth = 0;
      sawDoctype = false;
      /** The text run being gathered for `onText`. */
      run = "";
      omitted = 0;
      full = false;
      /**
       * Cached positions of the next '&', '\r' and ']]>' at or after the last position asked about
       * (n when there is none). Text positions only move forward, so each cache costs one pass over
       * the document in total instead of a search per text run.
       */
      ampAt = -1;
      crAt = -1;
      cdataEndAt = -1;
      namesCache = new Array(NAMES_CACHE_SIZE).fill("");
      namesAt = new Int32Array(NAMES_CACHE_SIZE);
      /** Set by `reference`: the offset just after the reference it read. */
      after = 0;
      document() {
        const s = this.s;
        const n = this.n;
        let pos = s.charCodeAt(0) === 65279 ? 1 : 0;
        let p = pos;
        while (p < n && isSpace(s.charCodeAt(p))) p++;
        if (p === n) this.fail("empty document: expected an XML root element", p, "empty");
        if (s.startsWith("<?xml", pos) && isSpace(s.charCodeAt(pos + 5))) {
          const end = s.indexOf("?>", pos + 6);
          if (end === -1) this.unterminated("XML declaration", "?>", pos);
          pos = end + 2;
        }
        pos = this.misc(pos, true);
        if (pos === n) this.fail("no root element: the document ends before any element", pos, "no-root");
        if (s.charCodeAt(pos) !== LT)
          this.fail(`no root element: found text ${this.describe(pos)}`, pos, "no-root");
        if (s.charCodeAt(pos + 1) === SLASH) this.fail("a close tag with no element open", pos);
        const rootEnd = this.element(pos);
        pos = this.misc(rootEnd, false);
        if (pos < n) {
          if (s.charCodeAt(pos) === LT && nameEnd(s, pos + 1) > pos + 1)
            this.fail("a second root element: a document has exactly one root element", pos, "after-root");
          this.fail(`unexpected ${this.describe(pos)} after the root element ended`, pos, "after-root");
        }
      }
      /**
       * Skips whitespace, comments, processing instructions and (before the root) one DOCTYPE.
       * Returns the offset of the first other thing, or n.
       */
      misc(pos, prolog) {
        const s = this.s;
        const n = this.n;
        for (; ; ) {
          while (pos < n && isSpace(s.charCodeAt(pos))) pos++;
          if (pos >= n || s.charCodeAt(pos) !== LT) return pos;
          const c = s.charCodeAt(pos + 1);
          if (c === QM) pos = this.pi(pos);
          else if (c === BANG) {
            if (s.startsWith("<!--", pos)) pos = this.comment(pos);
            else if (s.startsWith("<!DOCTYPE", pos)) {
              if (!prolog) this.fail("a DOCTYPE after the root element", pos, "doctype");
              if (this.sawDoctype) this.fail("a second DOCTYPE", pos, "doctype");
              this.sawDoctype = true;
              pos = this.doctype(pos);
            } else this.bang(pos);
          } else return pos;
        }
      }
      /**
       * A DOCTYPE is accepted only as a plain external reference, which is never fetched:
       * `<!DOCTYPE name>`, `<!DOCTYPE name SYSTEM "uri">`, `<!DOCTYPE name PUBLIC "id" "uri">`.
       * An internal subset could declare entities (billion laughs, external entity fetches): refused.
       */
      doctype(start) {
        const s = this.s;
        let pos = start + 9;
        if (!isSpace(s.charCodeAt(pos)))
          this.fail(`expected whitespace after '<!DOCTYPE', found ${this.describe(pos)}`, pos);
        pos = this.skipSpace(pos);
        const ne = nameEnd(s, pos);
        if (ne === pos)
          this.fail(`expected the root element's name in the DOCTYPE, found ${this.describe(pos)}`, pos);
        pos = this.skipSpace(ne);
        let literals = 0;
        if (s.startsWith("SYSTEM", pos)) {
          literals = 1;
          pos += 6;
        } else if (s.startsWith("PUBLIC", pos)) {
          literals = 2;
          pos += 6;
        }
        for (let i = 0; i < literals; i++) {
          const ws = this.skipSpace(pos);
          if (ws === pos) this.fail(`expected whitespace, found ${this.describe(pos)}`, pos);
          pos = ws;
          const q = s.charCodeAt(pos);
          if (q !== QUOT && q !== APOS)
            this.fail(`expected a quoted identifier in the DOCTYPE, found ${this.describe(pos)}`, pos);
          const end = s.indexOf(q === QUOT ? '"' : "'", pos + 1);
          if (end === -1) this.unterminated("DOCTYPE identifier", String.fromCharCode(q), pos);
          pos = end + 1;
        }
        pos = this.skipSpace(pos);
        if (s.charCodeAt(pos) === LBRACKET) {
          const entity = s.indexOf("<!ENTITY", pos);
          if (entity !== -1 && entity - pos < 65536)
            this.fail(
              "entity declarations (<!ENTITY) are refused: a report needs none, and they enable entity-expansion attacks",
              entity,
              "doctype"
            );
          this.fail(
            "a DOCTYPE with an internal subset ('[') is refused: it can declare entities; only a plain external DOCTYPE is accepted",
            pos,
            "doctype"
          );
        }
        if (s.charCodeAt(pos) !== GT)
          this.fail(`expected '>' to end the DOCTYPE, found ${this.describe(pos)}`, pos, this.eofCode(pos));
        return pos + 1;
      }
      /** '<!' that is not a comment, CDATA section or DOCTYPE where one is allowed. */
      bang(pos) {
        const s = this.s;
        if (s.startsWith("<!ENTITY", pos))
          this.fail("entity declarations (<!ENTITY) are refused", pos, "doctype");
        if (s.startsWith("<!DOCTYPE", pos))
          this.fail("a DOCTYPE is only allowed before the root element", pos, "doctype");
        if (s.startsWith("<![CDATA[", pos))
          this.fail("a CDATA section is only allowed inside the root element", pos);
        if (this.n - pos < 9) {
          const rest = s.slice(pos);
          if ("<!--".startsWith(rest)) this.unterminated("comment", "-->", pos);
          if ("<![CDATA[".startsWith(rest)) this.unterminated("CDATA section", "]]>", pos);
        }
        this.fail(`expected '<!--' or '<![CDATA[' after '<!', found ${this.describe(pos + 2)}`, pos);
      }
      comment(start) {
        const end = this.s.indexOf("--", start + 4);
        if (end === -1 || end + 2 >= this.n) this.unterminated("comment", "-->", start);
        if (this.s.charCodeAt(end + 2) !== GT) this.fail("'--' is not allowed inside a comment", end);
        return end + 3;
      }
      pi(start) {
        const s = this.s;
        const te = nameEnd(s, start + 2);
        if (te >= this.n) this.unterminated("processing instruction", "?>", start);
        if (te === start + 2)
          this.fail(`expected a processing instruction target after '<?', found ${this.describe(te)}`, te);
        if (te - start - 2 === 3 && s.slice(start + 2, te).toLowerCase() === "xml")
          this.fail("the XML declaration is only allowed at the very start of the document", start);
        if (!s.startsWith("?>", te) && !isSpace(s.charCodeAt(te)))
          this.fail(
            `expected whitespace or '?>' after the processing instruction target, found ${this.describe(te)}`,
            te
          );
        const end = s.indexOf("?>", te);
        if (end === -1) this.unterminated("processing instruction", "?>", start);
        return end + 2;
      }
      unterminated(what, terminator, start) {
        this.fail(
          `unterminated ${what}: no '${terminator}' before the end of input; the file looks truncated`,
          start,
          "truncated"
        );
      }
      /** Reads the root element at `pos` (a '<') and everything in it; returns the offset after it. */
      element(pos) {
        const s = this.s;
        const n = this.n;
        const names = this.names;
        const starts = this.starts;
        const onText = this.onText;
        for (; ; ) {
          const c1 = s.charCodeAt(pos + 1);
          if (c1 === SLASH) {
            pos = this.endTag(pos);
            if (this.depth === 0) return pos;
          } else if (c1 === BANG) {
            if (s.startsWith("<!--", pos)) pos = this.comment(pos);
            else if (s.startsWith("<![CDATA[", pos)) {
              const end = s.indexOf("]]>", pos + 9);
              if (end === -1) this.unterminated("CDATA section", "]]>", pos);
              if (onText !== void 0) this.addRaw(pos + 9, end);
              pos = end + 3;
            } else this.bang(pos);
          } else if (c1 === QM) {
            pos = this.pi(pos);
          } else {
            pos = this.startTag(pos);
            if (this.depth === 0) return pos;
          }
          const lt = s.indexOf("<", pos);
          if (lt === -1) {
            const d = this.depth - 1;
            const open = this.location(starts[d]);
            this.fail(
              `the document ends inside <${names[d]}> opened at ${open.line}:${open.column}; the file looks truncated`,
              n,
              "truncated"
            );
          }
          if (lt > pos) {
            if (this.cdataEnd(pos) < lt)
              this.fail("']]>' is not allowed in text (write ']]&gt;')", this.cdataEndAt, "syntax");
            if (onText !== void 0) this.addText(pos, lt);
            else this.checkText(pos, lt);
          }
          pos = lt;
        }
      }
      startTag(lt) {
        const s = this.s;
        const n = this.n;
        let pos = lt + 1;
        const ne = nameEnd(s, pos);
        if (ne === pos) {
          if (pos >= n) this.truncatedTag(lt);
          this.fail(`expected an element name after '<', found ${this.describe(pos)}`, pos);
        }
        const name = this.intern(pos, ne);
        const attrs = /* @__PURE__ */ Object.create(null);
        let selfClosing = false;
        pos = ne;
        for (; ; ) {
          let c = s.charCodeAt(pos);
          const before = pos;
          while (c === SP || c === LF || c === TAB || c === CR) c = s.charCodeAt(++pos);
          if (c === GT) {
            pos++;
            break;
          }
          if (pos >= n) this.truncatedTag(lt);
          if (c === SLASH) {
            if (s.charCodeAt(pos + 1) !== GT) {
              if (pos + 1 >= n) this.truncatedTag(lt);
              this.fail(`expected '/>' to end <${name}>, found ${this.describe(pos)}`, pos);
            }
            pos += 2;
            selfClosing = true;
            break;
          }
          if (pos === before)
            this.fail(`expected whitespace, '>' or '/>' in <${name}>, found ${this.describe(pos)}`, pos);
          const an = pos;
          const ae = nameEnd(s, an);
          if (ae === an)
            this.fail(`expected an attribute name or '>' in <${name}>, found ${this.describe(an)}`, an);
          pos = ae;
          c = s.charCodeAt(pos);
          while (c === SP || c === LF || c === TAB || c === CR) c = s.charCodeAt(++pos);
          if (c !== EQ) {
            if (pos >= n) this.truncatedTag(lt);
            this.fail(
              `expected '=' after the attribute name ${s.slice(an, ae)}, found ${this.describe(pos)}`,
              pos
            );
          }
          c = s.charCodeAt(++pos);
          while (c === SP || c === LF || c === TAB || c === CR) c = s.charCodeAt(++pos);
          if (c !== QUOT && c !== APOS) {
            if (pos >= n) this.truncatedTag(lt);
            this.fail(
              `expected a quoted value for the attribute ${s.slice(an, ae)}, found ${this.describe(pos)}`,
              pos
            );
          }
          const vs = pos + 1;
          const ve = s.indexOf(c === QUOT ? '"' : "'", vs);
          if (ve === -1) this.unterminated(`value of the attribute ${s.slice(an, ae)}`, s[pos], pos);
          const value = this.attrValue(vs, ve, an, ae);
          const key = this.intern(an, ae);
          if (attrs[key] !== void 0) this.fail(`duplicate attribute ${key} in <${name}>`, an);
          attrs[key] = value;
          pos = ve + 1;
        }
        if (this.onText !== void 0) this.flush();
        if (selfClosing) {
          this.h.open?.(name, attrs, true);
          this.h.close?.(name);
        } else {
          const d = this.depth;
          if (d >= MAX_DEPTH) this.fail(`elements nest deeper than ${MAX_DEPTH} levels`, lt, "too-deep");
          this.names[d] = name;
          this.starts[d] = lt;
          this.depth = d + 1;
          this.h.open?.(name, attrs, false);
        }
        return pos;
      }
      endTag(lt) {
        const s = this.s;
        const d = this.depth - 1;
        const expected2 = this.names[d];
        let pos = lt + 2;
        const ne = nameEnd(s, pos);
        if (ne - pos !== expected2.length || !occursAt(s, pos, expected2)) {
          if (ne >= this.n) this.truncatedTag(lt);
          const open = this.location(this.starts[d]);
          const found = ne === pos ? `'</' followed by ${this.describe(pos)}` : `</${clip(s.slice(pos, ne))}>`;
          this.fail(
            `expected </${expected2}>, found ${found} (<${expected2}> was opened at ${open.line}:${open.column})`,
            lt,
            ne === pos ? "syntax" : "mismatched-tag"
          );
        }
        pos = this.skipSpace(ne);
        if (s.charCodeAt(pos) !== GT) {
          if (pos >= this.n) this.truncatedTag(lt);
          this.fail(`expected '>' to end </${expected2}>, found ${this.describe(pos)}`, pos);
        }
        if (this.onText !== void 0) this.flush();
        this.depth = d;
        this.h.close?.(expected2);
        return pos + 1;
      }
      /** The input ends inside the tag that starts at `lt`. */
      truncatedTag(lt) {
        const open = this.location(lt);
        this.fail(
          `the document ends inside the tag begun at ${open.line}:${open.column}; the file looks truncated`,
          this.n,
          "truncated"
        );
      }
      /** An attribute value between its quotes: references decoded, literal tab/CR/LF made spaces. */
      attrValue(vs, ve, an, ae) {
        const s = this.s;
        for (let i = vs; i < ve; i++) {
          const c = s.charCodeAt(i);
          if (c <= LT && (c === LT || c === AMP || c === TAB || c === LF || c === CR))
            return this.attrValueSlow(vs, ve, an, ae);
        }
        return s.slice(vs, ve);
      }
      attrValueSlow(vs, ve, an, ae) {
        const s = this.s;
        let out = "";
        let from = vs;
        for (let i = vs; i < ve; i++) {
          const c = s.charCodeAt(i);
          if (c === LT)
            this.fail(
              `'<' is not allowed in the value of the attribute ${s.slice(an, ae)} (write &lt;, or is a closing quote missing?)`,
              i
            );
          if (c === AMP) {
            out += s.slice(from, i) + this.reference(i);
            i = this.after - 1;
            from = this.after;
          } else if (c === TAB || c === LF || c === CR) {
            out += s.slice(from, i) + " ";
            if (c === CR && s.charCodeAt(i + 1) === LF && i + 1 < ve) i++;
            from = i + 1;
          }
        }
        return out + s.slice(from, ve);
      }
      /**
       * The character(s) the reference at `amp` (an '&') stands for; sets `after`. Only the five
       * predefined entities and numeric references to XML characters exist here.
       */
      reference(amp) {
        const s = this.s;
        let p = amp + 1;
        if (s.charCodeAt(p) === HASH) {
          p++;
          const hex = s.charCodeAt(p) === 120;
          if (hex) p++;
          const digits = p;
          let v = 0;
          for (; ; ) {
            const d = s.charCodeAt(p);
            let k;
            if (d >= 48 && d <= 57) k = d - 48;
            else if (hex && d >= 97 && d <= 102) k = d - 87;
            else if (hex && d >= 65 && d <= 70) k = d - 55;
            else break;
            v = Math.min(v * (hex ? 16 : 10) + k, 1114112);
            p++;
          }
          if (p === digits || s.charCodeAt(p) !== SEMI)
            this.fail(
              `malformed character reference: expected ${hex ? "&#x, hex digits" : "&#, digits"} and ';', found ${this.describe(p)}`,
              amp,
              "entity"
            );
          if (!isXmlChar(v))
            this.fail(
              `the character reference ${clip(s.slice(amp, p + 1))} names a character XML does not allow`,
              amp,
              "entity"
            );
          this.after = p + 1;
          return String.fromCodePoint(v);
        }
        const ne = nameEnd(s, p);
        if (ne === p || s.charCodeAt(ne) !== SEMI)
          this.fail(
            "'&' must start a reference such as &amp; or &#38; (write &amp; for a literal '&')",
            amp,
            "entity"
          );
        this.after = ne + 1;
        switch (s.slice(p, ne)) {
          case "lt":
            return "<";
          case "gt":
            return ">";
          case "amp":
            return "&";
          case "quot":
            return '"';
          case "apos":
            return "'";
        }
        this.fail(
          `undefined entity ${clip(s.slice(amp, ne + 1))}: only &lt; &gt; &amp; &quot; &apos; and numeric references are read`,
          amp,
          "entity"
        );
      }
      /** Checks the references in text nobody asked for. */
      checkText(start, end) {
        let amp = this.amp(start);
        while (amp < end) {
          this.reference(amp);
          amp = this.amp(this.after);
        }
      }
      /** Adds text (with references and CR line ends) to the run. */
      addText(start, end) {
        const s = this.s;
        let a = start;
        while (a < end) {
          const amp = this.amp(a);
          const cr = this.cr(a);
          const stop = Math.min(amp, cr, end);
          if (stop > a) this.addRange(a, stop);
          if (stop === end) return;
          if (stop === amp) {
            this.addString(this.reference(amp));
            a = this.after;
          } else {
            if (s.charCodeAt(cr + 1) !== LF) this.addString("\n");
            a = cr + 1;
          }
        }
      }
      /** Adds CDATA content (only CR line ends to normalise) to the run. */
      addRaw(start, end) {
        let a = start;
        while (a < end) {
          const cr = this.cr(a);
          const stop = Math.min(cr, end);
          if (stop > a) this.addRange(a, stop);
          if (stop === end) return;
          if (this.s.charCodeAt(cr + 1) !== LF) this.addString("\n");
          a = cr + 1;
        }
      }
      addRange(a, b) {
        if (this.full) {
          this.omitted += b - a;
          return;
        }
        const room = this.max - this.run.length;
        if (b - a <= room) {
          this.run += this.s.slice(a, b);
          return;
        }
        let cut = a + room;
        const last = this.s.charCodeAt(cut - 1);
        if (cut > a && last >= 55296 && last <= 56319) cut--;
        this.run += this.s.slice(a, cut);
        this.omitted += b - cut;
        this.full = true;
      }
      addString(t) {
        if (!this.full && this.run.length + t.length <= this.max) this.run += t;
        else {
          this.full = true;
          this.omitted += t.length;
        }
      }
      flush() {
        if (this.run.length === 0 && this.omitted === 0) return;
        const run2 = this.run;
        const omitted = this.omitted;
        this.run = "";
        this.omitted = 0;
        this.full = false;
        this.h.text(run2, omitted);
      }
      amp(pos) {
        if (this.ampAt < pos) {
          const i = this.s.indexOf("&", pos);
          this.ampAt = i === -1 ? this.n : i;
        }
        return this.ampAt;
      }
      cr(pos) {
        if (this.crAt < pos) {
          const i = this.s.indexOf("\r", pos);
          this.crAt = i === -1 ? this.n : i;
        }
        return this.crAt;
      }
      cdataEnd(pos) {
        if (this.cdataEndAt < pos) {
          const i = this.s.indexOf("]]>", pos);
          this.cdataEndAt = i === -1 ? this.n : i;
        }
        return this.cdataEndAt;
      }
      /**
       * The string source[a, b), reusing the one made last time the same name was read. Element and
       * attribute names repeat on every line of a report: reusing them saves an allocation and lets
       * V8 skip re-internalising the property key. A cached name is checked against the source text
       * it was cut from, not against itself: once used as a key, the string is slower to read.
       */
      intern(a, b) {
        const s = this.s;
        const len = b - a;
        const slot = s.charCodeAt(a) * 31 + len * 7 + s.charCodeAt(b - 1) & NAMES_CACHE_SIZE - 1;
        const cached = this.namesCache[slot];
        if (cached.length === len) {
          const at = this.namesAt[slot];
          let i = 0;
          while (i < len && s.charCodeAt(a + i) === s.charCodeAt(at + i)) i++;
          if (i === len) return cached;
        }
        const name = s.slice(a, b);
        this.namesCache[slot] = name;
        this.namesAt[slot] = a;
        return name;
      }
      skipSpace(pos) {
        while (pos < this.n && isSpace(this.s.charCodeAt(pos))) pos++;
        return pos;
      }
      /** Inside the root, running out of input means truncation; otherwise it is a syntax error. */
      eofCode(pos) {
        return pos >= this.n ? "truncated" : "syntax";
      }
      describe(pos) {
        if (pos >= this.n) return "the end of input";
        const cp = this.s.codePointAt(pos);
        if (cp < 32 || cp === 127) return `character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
        return JSON.stringify(String.fromCodePoint(cp));
      }
      /** Line and column (1-based, in characters) of an offset: computed only for errors. */
      location(offset) {
        const s = this.s;
        let line = 1;
        let lineStart = 0;
        for (let i = s.indexOf("\n"); i !== -1 && i < offset; i = s.indexOf("\n", i + 1)) {
          line++;
          lineStart = i + 1;
        }
        let column = 1;
        for (let i = lineStart; i < offset; i++) {
          const c = s.charCodeAt(i);
          if (c >= 56320 && c <= 57343 && i > lineStart) {
            const h = s.charCodeAt(i - 1);
            if (h >= 55296 && h <= 56319) continue;
          }
          if (i === 0 && c === 65279) continue;
          column++;
        }
        return { file: this.file, line, column };
      }
      fail(message, offset, code2 = "syntax") {
        throw new XmlError(message, this.location(offset), code2);
      }
    };
  }
});

// src/xml/index.ts
var init_xml = __esm({
  "src/xml/index.ts"() {
    "use strict";
    init_reader();
  }
});

// src/formats/coverage/build.ts
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function parseCount(text) {
  if (!/^\d{1,20}$/.test(text)) {
    if (!/^\d+(\.\d+)?([eE][+]?\d+)?$/.test(text)) return null;
  }
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && Number.isInteger(n) ? n : null;
}
function parseLineNumber(text) {
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 ? n : null;
}
var FileBuilder, ReportBuilder;
var init_build = __esm({
  "src/formats/coverage/build.ts"() {
    "use strict";
    FileBuilder = class {
      constructor(path6) {
        this.path = path6;
      }
      path;
      lineHits = /* @__PURE__ */ new Map();
      branchHits = /* @__PURE__ */ new Map();
      addLine(line, hits) {
        this.lineHits.set(line, (this.lineHits.get(line) ?? 0) + hits);
      }
      /** Adds hits to outcome `index` of the branch point on `line`. */
      addOutcome(line, index, hits) {
        let outcomes = this.branchHits.get(line);
        if (!outcomes) this.branchHits.set(line, outcomes = []);
        while (outcomes.length <= index) outcomes.push(0);
        outcomes[index] = (outcomes[index] ?? 0) + hits;
      }
      /** Number of outcomes already recorded on `line` (the next outcome's index). */
      outcomeCount(line) {
        return this.branchHits.get(line)?.length ?? 0;
      }
      build() {
        const lines2 = [...this.lineHits.keys()].sort((a, b) => a - b);
        const hits = lines2.map((l) => this.lineHits.get(l) ?? 0);
        const branches = [...this.branchHits.entries()].sort((a, b) => a[0] - b[0]).map(([line, outcomes]) => ({ line, outcomes }));
        return { path: this.path, lines: lines2, hits, branches };
      }
    };
    ReportBuilder = class {
      files = /* @__PURE__ */ new Map();
      file(path6) {
        let f = this.files.get(path6);
        if (!f) this.files.set(path6, f = new FileBuilder(path6));
        return f;
      }
      build() {
        return [...this.files.values()].map((f) => f.build()).sort((a, b) => comparePaths(a.path, b.path));
      }
    };
  }
});

// src/formats/coverage/clover.ts
function parseClover(text, file) {
  const report2 = new ReportBuilder();
  const declared2 = {};
  const conditions = [];
  let depth = 0;
  let projectDepth = -1;
  let projectName;
  let current = null;
  let fileDepth = -1;
  let outcomeBudget = OUTCOME_ALLOWANCE + text.length;
  const bad = (message) => {
    throw new InputError(message, { file });
  };
  const count2 = (attrs, key, line, f) => {
    const n = parseCount(attrs[key] ?? "");
    if (n === null) bad(`<line num="${line}" ${key}="${attrs[key] ?? ""}"> in ${f.path}: expected a non-negative count`);
    return n;
  };
  readXml(
    text,
    { file },
    {
      open(name, attrs) {
        depth++;
        if (depth === 1) {
          if (name !== "coverage") bad(`expected a Clover <coverage> root element, found <${name}>`);
          return;
        }
        if (depth === 2) {
          if (name === "project") {
            projectDepth = depth;
            projectName = attrs["name"];
          }
          return;
        }
        if (projectDepth === -1) return;
        switch (name) {
          case "metrics":
            if (depth === projectDepth + 1) {
              const lines2 = counter(attrs["coveredstatements"], attrs["statements"]);
              const branches = counter(attrs["coveredconditionals"], attrs["conditionals"]);
              if (lines2) declared2.lines = lines2;
              if (branches) declared2.branches = branches;
            }
            return;
          case "file": {
            const path6 = nonEmpty(attrs["path"]) ?? nonEmpty(attrs["name"]);
            if (path6 === void 0) bad("<file> has neither a path nor a name attribute");
            current = report2.file(path6);
            fileDepth = depth;
            return;
          }
          case "line": {
            if (!current || depth !== fileDepth + 1) return;
            const f = current;
            const line = parseLineNumber(attrs["num"] ?? "");
            if (line === null) bad(`<line num="${attrs["num"] ?? ""}"> in ${f.path}: expected a line number \u2265 1`);
            const type = attrs["type"];
            if (type === void 0) bad(`<line num="${line}"> in ${f.path} has no type attribute`);
            if (type === "stmt") {
              f.addLine(line, count2(attrs, "count", line, f));
            } else if (type === "cond") {
              const trueCount = count2(attrs, "truecount", line, f);
              const falseCount = count2(attrs, "falsecount", line, f);
              f.addLine(line, attrs["count"] === void 0 ? trueCount + falseCount : count2(attrs, "count", line, f));
              conditions.push({ file: f, line, trueCount, falseCount });
            }
            return;
          }
          default:
            return;
        }
      },
      close(name) {
        if (name === "file" && depth === fileDepth) {
          current = null;
          fileDepth = -1;
        } else if (name === "project" && depth === projectDepth) {
          projectDepth = -1;
        }
        depth--;
      }
    }
  );
  const istanbul = readsAsIstanbul(conditions, declared2.branches, projectName === "All files");
  for (const c of conditions) {
    if (istanbul) {
      const outcomes = c.trueCount + c.falseCount;
      if (outcomes > MAX_OUTCOMES_PER_LINE)
        bad(
          `<line num="${c.line}"> in ${c.file.path}: truecount + falsecount claims more than ${MAX_OUTCOMES_PER_LINE} branch outcomes on one line`
        );
      outcomeBudget -= outcomes;
      if (outcomeBudget < 0) bad("the report claims more branch outcomes than it has characters");
      const base = c.file.outcomeCount(c.line);
      for (let i = 0; i < outcomes; i++) c.file.addOutcome(c.line, base + i, i < c.trueCount ? 1 : 0);
    } else {
      const base = c.file.outcomeCount(c.line);
      c.file.addOutcome(c.line, base, c.trueCount);
      c.file.addOutcome(c.line, base + 1, c.falseCount);
    }
  }
  return {
    sources: [{ file, format: "clover", roots: [], declared: declared2 }],
    files: report2.build()
  };
}
function readsAsIstanbul(conditions, metrics, istanbulProject) {
  if (metrics) {
    let istanbulCovered = 0;
    let istanbulTotal = 0;
    let cloverCovered = 0;
    for (const c of conditions) {
      istanbulCovered += c.trueCount;
      istanbulTotal += c.trueCount + c.falseCount;
      cloverCovered += (c.trueCount > 0 ? 1 : 0) + (c.falseCount > 0 ? 1 : 0);
    }
    const istanbulFits = istanbulCovered === metrics.covered && istanbulTotal === metrics.total;
    const cloverFits = cloverCovered === metrics.covered && 2 * conditions.length === metrics.total;
    if (istanbulFits !== cloverFits) return istanbulFits;
  }
  return istanbulProject;
}
function counter(covered, total) {
  if (covered === void 0 || total === void 0) return void 0;
  const c = parseCount(covered);
  const t = parseCount(total);
  return c === null || t === null ? void 0 : { covered: c, total: t };
}
function nonEmpty(s) {
  const t = s?.trim();
  return t === void 0 || t === "" ? void 0 : t;
}
var MAX_OUTCOMES_PER_LINE, OUTCOME_ALLOWANCE;
var init_clover = __esm({
  "src/formats/coverage/clover.ts"() {
    "use strict";
    init_errors();
    init_xml();
    init_build();
    MAX_OUTCOMES_PER_LINE = 1e4;
    OUTCOME_ALLOWANCE = 1e4;
  }
});

// src/formats/coverage/cobertura.ts
function parseCobertura(text, file) {
  const report2 = new ReportBuilder();
  const roots = [];
  let declaredLines;
  let declaredBranches;
  let depth = 0;
  let inSource = false;
  let sourceText = "";
  let current = null;
  let classDepth = -1;
  let methodsDepth = -1;
  const bad = (message) => {
    throw new InputError(message, { file });
  };
  readXml(
    text,
    { file },
    {
      open(name, attrs) {
        depth++;
        if (depth === 1) {
          if (name !== "coverage") bad(`expected a Cobertura <coverage> root element, found <${name}>`);
          declaredLines = declared(attrs["lines-covered"], attrs["lines-valid"]);
          declaredBranches = declared(attrs["branches-covered"], attrs["branches-valid"]);
          return;
        }
        switch (name) {
          case "source":
            inSource = true;
            sourceText = "";
            return;
          case "class": {
            const filename = attrs["filename"];
            if (filename === void 0 || filename.trim() === "")
              bad(`<class name="${attrs["name"] ?? ""}"> has no filename attribute`);
            current = report2.file(filename.trim());
            classDepth = depth;
            return;
          }
          case "methods":
            if (current) methodsDepth = depth;
            return;
          case "line": {
            if (!current || methodsDepth !== -1) return;
            const line = parseLineNumber(attrs["number"] ?? "");
            if (line === null) bad(`<line number="${attrs["number"] ?? ""}"> in ${current.path}: expected a line number \u2265 1`);
            const hits = parseCount(attrs["hits"] ?? "");
            if (hits === null)
              bad(`<line number="${line}" hits="${attrs["hits"] ?? ""}"> in ${current.path}: expected a non-negative hit count`);
            current.addLine(line, hits);
            const condition = attrs["condition-coverage"];
            if (attrs["branch"]?.toLowerCase() === "true" && condition !== void 0) {
              const m = CONDITION.exec(condition);
              if (!m) bad(`<line number="${line}"> in ${current.path}: condition-coverage "${condition}" is not "P% (covered/total)"`);
              const covered = Number(m[1]);
              const total = Number(m[2]);
              if (covered > total)
                bad(`<line number="${line}"> in ${current.path}: condition-coverage "${condition}" covers more than its total`);
              if (total > MAX_OUTCOMES_PER_LINE2)
                bad(
                  `<line number="${line}"> in ${current.path}: condition-coverage "${condition}" claims more than ${MAX_OUTCOMES_PER_LINE2} outcomes on one line`
                );
              for (let i = 0; i < total; i++) current.addOutcome(line, i, i < covered ? 1 : 0);
            }
            return;
          }
          default:
            return;
        }
      },
      close(name) {
        if (name === "source") {
          inSource = false;
          const root = sourceText.trim();
          if (root !== "") roots.push(root);
        } else if (name === "methods" && depth === methodsDepth) {
          methodsDepth = -1;
        } else if (name === "class" && depth === classDepth) {
          current = null;
          classDepth = -1;
        }
        depth--;
      },
      text(chunk) {
        if (inSource) sourceText += chunk;
      }
    }
  );
  return {
    sources: [
      {
        file,
        format: "cobertura",
        roots,
        declared: {
          ...declaredLines ? { lines: declaredLines } : {},
          ...declaredBranches ? { branches: declaredBranches } : {}
        }
      }
    ],
    files: report2.build()
  };
}
function declared(covered, total) {
  if (covered === void 0 || total === void 0) return void 0;
  const c = parseCount(covered);
  const t = parseCount(total);
  return c === null || t === null ? void 0 : { covered: c, total: t };
}
var CONDITION, MAX_OUTCOMES_PER_LINE2;
var init_cobertura = __esm({
  "src/formats/coverage/cobertura.ts"() {
    "use strict";
    init_errors();
    init_xml();
    init_build();
    CONDITION = /^\s*\d+(?:\.\d+)?%\s*\((\d+)\/(\d+)\)/;
    MAX_OUTCOMES_PER_LINE2 = 1e4;
  }
});

// src/formats/coverage/coveragepy-json.ts
function parseCoveragePyJson(text, file) {
  const root = parseJsonReport(text, file);
  const at = (path6) => (message) => new InputError(`${path6}: ${message}`, { file });
  if (!isObject(root)) throw new InputError('expected a coverage.py JSON object with "files" and "meta"', { file });
  const files = root["files"];
  if (!isObject(files))
    throw at("files")(
      files === void 0 ? 'missing: not a coverage.py JSON report (it has "meta", "files" and "totals")' : "expected an object"
    );
  const report2 = new ReportBuilder();
  let budget = OUTCOME_ALLOWANCE2 + text.length;
  const spend = (n, where) => {
    budget -= n;
    if (budget < 0) throw at(where)("the report claims more branches than it has characters");
  };
  for (const [path6, entry] of Object.entries(files)) {
    const where = `files[${JSON.stringify(path6)}]`;
    if (path6.trim() === "") throw at(where)("a file with an empty path");
    if (!isObject(entry)) throw at(where)("expected an object");
    const f = report2.file(path6);
    readFile(f, entry, where, at, spend);
  }
  const meta = isObject(root["meta"]) ? root["meta"] : {};
  const totals2 = isObject(root["totals"]) ? root["totals"] : {};
  const lines2 = counter2(totals2["covered_lines"], totals2["num_statements"]);
  const branches = counter2(totals2["covered_branches"], totals2["num_branches"]);
  const version = meta["version"];
  const percent = totals2["percent_covered"];
  return {
    sources: [
      {
        file,
        format: "coveragepy-json",
        roots: [],
        declared: { ...lines2 ? { lines: lines2 } : {}, ...branches ? { branches } : {} },
        ...typeof version === "string" && version.trim() !== "" ? { producer: `coverage.py ${version.trim()}` } : {},
        ...typeof percent === "number" && Number.isFinite(percent) ? { percentCombined: percent } : {}
      }
    ],
    files: report2.build()
  };
}
function readFile(f, entry, where, at, spend) {
  let executed = lineList(entry, "executed_lines", where, at);
  const missing = lineList(entry, "missing_lines", where, at);
  const ran = new Set(executed);
  for (const l of missing)
    if (ran.has(l)) throw at(`${where}.missing_lines`)(`line ${l} is listed as both executed and missing`);
  const summary = isObject(entry["summary"]) ? entry["summary"] : void 0;
  const hasArcs = entry["executed_branches"] !== void 0 || entry["missing_branches"] !== void 0;
  const taken = hasArcs ? arcList(entry, "executed_branches", where, at).filter(([from, to]) => from !== to) : [];
  const notTaken = hasArcs ? arcList(entry, "missing_branches", where, at) : [];
  const statements = summary ? counter2(summary["covered_lines"], summary["num_statements"]) : void 0;
  if (statements && missing.length === statements.total - statements.covered && ran.size > statements.covered)
    executed = withoutDocstrings(ran, ran.size - statements.covered, [...taken, ...notTaken]);
  for (const l of executed) f.addLine(l, 1);
  for (const l of missing) f.addLine(l, 0);
  const declared2 = summary ? counter2(summary["covered_branches"], summary["num_branches"]) : void 0;
  if (hasArcs) {
    const outcomes = /* @__PURE__ */ new Map();
    for (const [from, to] of taken) outcomes.set(`${from},${to}`, { from, to, hit: 1 });
    for (const [from, to] of notTaken) {
      if (outcomes.has(`${from},${to}`))
        throw at(`${where}.missing_branches`)(`the arc [${from}, ${to}] is listed as both executed and missing`);
      outcomes.set(`${from},${to}`, { from, to, hit: 0 });
    }
    const covered = [...outcomes.values()].filter((o) => o.hit > 0).length;
    if (!declared2 || declared2.total === outcomes.size && declared2.covered === covered) {
      const sorted = [...outcomes.values()].sort((a, b) => a.from - b.from || a.to - b.to);
      for (const o of sorted) f.addOutcome(o.from, f.outcomeCount(o.from), o.hit);
      return;
    }
  }
  if (declared2) {
    if (declared2.covered > declared2.total)
      throw at(`${where}.summary`)(`covered_branches ${declared2.covered} is more than num_branches ${declared2.total}`);
    spend(declared2.total, `${where}.summary`);
    for (let i = 0; i < declared2.total; i++) f.addOutcome(0, i, i < declared2.covered ? 1 : 0);
  }
}
function withoutDocstrings(executed, extra, arcs) {
  const onArc = /* @__PURE__ */ new Set();
  for (const [from, to] of arcs) {
    onArc.add(from);
    onArc.add(to);
  }
  const drop = /* @__PURE__ */ new Set();
  for (const l of [...executed].sort((a, b) => a - b)) {
    if (drop.size === extra) break;
    if (!onArc.has(l)) drop.add(l);
  }
  return [...executed].filter((l) => !drop.has(l));
}
function lineList(entry, key, where, at) {
  const list = entry[key];
  if (list === void 0) throw at(`${where}.${key}`)("missing: every file of a coverage.py JSON report lists it");
  if (!Array.isArray(list)) throw at(`${where}.${key}`)("expected an array of line numbers");
  return list.map((v, i) => {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1)
      throw at(`${where}.${key}[${i}]`)(`expected a line number \u2265 1, found ${short(v)}`);
    return v;
  });
}
function arcList(entry, key, where, at) {
  const list = entry[key];
  if (list === void 0) return [];
  if (!Array.isArray(list)) throw at(`${where}.${key}`)("expected an array of [from, to] arcs");
  return list.map((v, i) => {
    if (!Array.isArray(v) || v.length !== 2 || !isLine(v[0]) || typeof v[1] !== "number" || !Number.isInteger(v[1]) || Math.abs(v[1]) > MAX_LINE)
      throw at(`${where}.${key}[${i}]`)(`expected a [from, to] pair of line numbers, found ${short(v)}`);
    return [v[0], v[1]];
  });
}
function isLine(v) {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_LINE;
}
function counter2(covered, total) {
  const ok = (n) => typeof n === "number" && Number.isInteger(n) && n >= 0;
  return ok(covered) && ok(total) ? { covered, total } : void 0;
}
function parseJsonReport(text, file) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(raw);
    const reason = raw.replace(/ in JSON at position \d+.*$/s, "").replace(/, ".*" is not valid JSON$/s, "").replace(/^Unexpected end of JSON input$/, "the text ends before the JSON does; the file looks truncated");
    if (!position) {
      if (/truncated/.test(reason)) return fail(`not valid JSON: ${reason}`, file, body, body.length);
      const first = /\S/.exec(body);
      if (first && !/[[{"\d-]/.test(first[0])) return fail(`not valid JSON: ${reason}`, file, body, first.index);
      throw new InputError(`not valid JSON: ${reason}`, { file });
    }
    return fail(`not valid JSON: ${reason}`, file, body, Number(position[1]));
  }
}
function fail(message, file, text, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  throw new InputError(message, { file, line, column: end - lineStart + 1 });
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function short(v) {
  const s = v === void 0 ? "nothing" : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 60)}\u2026` : s;
}
var OUTCOME_ALLOWANCE2, MAX_LINE;
var init_coveragepy_json = __esm({
  "src/formats/coverage/coveragepy-json.ts"() {
    "use strict";
    init_errors();
    init_build();
    OUTCOME_ALLOWANCE2 = 1e4;
    MAX_LINE = 9999999999;
  }
});

// src/formats/coverage/go-cover.ts
function parseGoCover(text, file) {
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  let lineNo = 0;
  let mode = null;
  const files = /* @__PURE__ */ new Map();
  const fail3 = (message) => {
    throw new InputError(message, { file, line: lineNo });
  };
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    lineNo++;
    let line = text.slice(pos, end);
    pos = end + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (mode === null) {
      const m2 = MODE.exec(line.trim());
      if (!m2) fail3(`expected the profile's first line to be "mode: set", "mode: count" or "mode: atomic", found ${quote(line)}`);
      mode = m2[1];
      continue;
    }
    if (line.trim() === "") continue;
    if (line.startsWith("mode:")) {
      const m2 = MODE.exec(line.trim());
      if (m2 && m2[1] === mode) continue;
      fail3(`${quote(line.trim())} after "mode: ${mode}" on line 1: profiles of different modes cannot be merged`);
    }
    const colon = line.lastIndexOf(":");
    const m = colon > 0 ? BLOCK.exec(line.slice(colon + 1)) : null;
    if (!m) fail3(`expected "file.go:startLine.startColumn,endLine.endColumn statements count", found ${quote(line)}`);
    const path6 = line.slice(0, colon).trim();
    if (path6 === "") fail3(`a block without a file name: ${quote(line)}`);
    const [startLine2, endLine] = [parseLineNumber(m[1]), parseLineNumber(m[3])];
    const [startColumn, endColumn, statements, hits] = [m[2], m[4], m[5], m[6]].map(parseCount);
    if (startLine2 === null || endLine === null) fail3(`line numbers start at 1: ${quote(line)}`);
    if (startColumn === null || endColumn === null || statements === null || hits === null)
      fail3(`expected non-negative columns and counts: ${quote(line)}`);
    if (endLine < startLine2 || endLine === startLine2 && endColumn < startColumn)
      fail3(`the block ends before it starts: ${quote(line)}`);
    let blocks = files.get(path6);
    if (!blocks) files.set(path6, blocks = /* @__PURE__ */ new Map());
    const key = `${startLine2}.${startColumn},${endLine}.${endColumn}`;
    const seen = blocks.get(key);
    if (!seen) {
      blocks.set(key, {
        block: { startLine: startLine2, startColumn, endLine, endColumn, statements, hits },
        line: lineNo
      });
    } else {
      if (seen.block.statements !== statements)
        fail3(
          `${path6}:${key} has ${statements} statements here and ${seen.block.statements} on line ${seen.line}: the profiles come from different sources`
        );
      seen.block.hits = mode === "set" ? Math.max(seen.block.hits, hits) : seen.block.hits + hits;
    }
  }
  if (mode === null) throw new InputError('the Go cover profile is empty (expected a "mode:" line)', { file });
  let spanBudget = SPANNED_LINES_ALLOWANCE + text.length;
  const out = [];
  for (const [path6, byRange] of files) {
    const blocks = [...byRange.values()].map((b) => b.block).sort(byStart);
    const lineHits = /* @__PURE__ */ new Map();
    for (const b of blocks) {
      spanBudget -= b.endLine - b.startLine + 1;
      if (spanBudget < 0)
        throw new InputError(
          `the blocks of ${path6} span more lines than this version reads (${SPANNED_LINES_ALLOWANCE} plus one per character of the profile)`,
          { file }
        );
      for (let l = b.startLine; l <= b.endLine; l++) {
        const seen = lineHits.get(l);
        if (seen === void 0 || seen < b.hits) lineHits.set(l, b.hits);
      }
    }
    const lines2 = [...lineHits.keys()].sort((a, b) => a - b);
    out.push({ path: path6, lines: lines2, hits: lines2.map((l) => lineHits.get(l)), branches: [], blocks });
  }
  return {
    sources: [{ file, format: "go-cover", roots: [], declared: {} }],
    files: out.sort((a, b) => comparePaths(a.path, b.path))
  };
}
function byStart(a, b) {
  return a.startLine - b.startLine || a.startColumn - b.startColumn || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
function quote(s) {
  const cut = s.length > 80 ? `${s.slice(0, 80)}\u2026` : s;
  return JSON.stringify(cut);
}
var MODE, BLOCK, SPANNED_LINES_ALLOWANCE;
var init_go_cover = __esm({
  "src/formats/coverage/go-cover.ts"() {
    "use strict";
    init_errors();
    init_build();
    MODE = /^mode: (set|count|atomic)$/;
    BLOCK = /^(\d{1,10})\.(\d{1,10}),(\d{1,10})\.(\d{1,10}) (\d{1,20}) (\d{1,20})$/;
    SPANNED_LINES_ALLOWANCE = 1e6;
  }
});

// src/formats/coverage/istanbul-json.ts
function parseIstanbulJson(text, file) {
  const root = parseJsonReport(text, file);
  const at = (path6, message) => new InputError(`${path6}: ${message}`, { file });
  if (!isObject(root)) throw new InputError("expected an Istanbul coverage map: an object with one entry per file", { file });
  if (isSummary(root)) throw new InputError(SUMMARY_REFUSED, { file });
  const entries = Object.entries(root);
  if (entries.length === 0) throw new InputError("the Istanbul coverage map has no files", { file });
  const report2 = new ReportBuilder();
  for (const [key, value] of entries) {
    const where = JSON.stringify(key);
    const entry = isObject(value) && isObject(value["data"]) && !("statementMap" in value) ? value["data"] : value;
    if (!isObject(entry)) throw at(where, "expected an object with statementMap and s");
    const p = typeof entry["path"] === "string" && entry["path"].trim() !== "" ? entry["path"].trim() : key.trim();
    if (p === "") throw at(where, "a file with an empty path");
    readFile2(report2.file(p), entry, where, at);
  }
  return { sources: [{ file, format: "istanbul-json", roots: [], declared: {} }], files: report2.build() };
}
function isSummary(root) {
  const total = root["total"];
  return isObject(total) && isObject(total["lines"]) && "pct" in total["lines"] && !("statementMap" in total);
}
function readFile2(f, entry, where, at) {
  const statementMap = entry["statementMap"];
  const s = entry["s"];
  if (!isObject(statementMap)) throw at(`${where}.statementMap`, "expected an object (not an Istanbul coverage-final.json entry?)");
  if (!isObject(s)) throw at(`${where}.s`, "expected an object of statement counts");
  const lineHits = /* @__PURE__ */ new Map();
  for (const [id, count2] of Object.entries(s)) {
    const hits = countOf(count2);
    if (hits === null) throw at(`${where}.s[${JSON.stringify(id)}]`, `expected a non-negative count, found ${short(count2)}`);
    const loc = Object.hasOwn(statementMap, id) ? statementMap[id] : void 0;
    if (loc === void 0) continue;
    const line = startLine(loc);
    if (line === null)
      throw at(`${where}.statementMap[${JSON.stringify(id)}]`, `expected {"start": {"line": n \u2265 1, \u2026}, \u2026}, found ${short(loc)}`);
    const seen = lineHits.get(line);
    if (seen === void 0 || seen < hits) lineHits.set(line, hits);
  }
  for (const [line, hits] of lineHits) f.addLine(line, hits);
  const branchMap = entry["branchMap"];
  const b = entry["b"];
  if (b === void 0) return;
  if (!isObject(b)) throw at(`${where}.b`, "expected an object of branch counts");
  for (const [id, counts] of Object.entries(b)) {
    const path6 = `${where}.b[${JSON.stringify(id)}]`;
    if (!Array.isArray(counts)) throw at(path6, `expected an array of counts, found ${short(counts)}`);
    const map = isObject(branchMap) && Object.hasOwn(branchMap, id) ? branchMap[id] : void 0;
    const line = map === void 0 ? null : branchLine(map);
    if (line === null)
      throw at(`${where}.branchMap[${JSON.stringify(id)}]`, `expected the branch's line or loc, found ${short(map)}`);
    for (const [i, c] of counts.entries()) {
      const hits = countOf(c);
      if (hits === null) throw at(`${path6}[${i}]`, `expected a non-negative count, found ${short(c)}`);
      f.addOutcome(line, f.outcomeCount(line), hits);
    }
  }
}
function countOf(v) {
  return typeof v === "number" ? parseCount(String(v)) : null;
}
function startLine(loc) {
  if (!isObject(loc) || !isObject(loc["start"])) return null;
  return lineOf(loc["start"]["line"]);
}
function branchLine(map) {
  if (!isObject(map)) return null;
  if (map["line"] !== void 0 && map["line"] !== 0 && map["line"] !== null) return lineOf(map["line"]);
  return isObject(map["loc"]) ? startLine(map["loc"]) : null;
}
function lineOf(v) {
  return typeof v === "number" && Number.isInteger(v) ? parseLineNumber(String(v)) : null;
}
var SUMMARY_REFUSED;
var init_istanbul_json = __esm({
  "src/formats/coverage/istanbul-json.ts"() {
    "use strict";
    init_errors();
    init_build();
    init_coveragepy_json();
    SUMMARY_REFUSED = "this looks like Istanbul's coverage-summary.json (the json-summary reporter), which has totals but no lines; pass coverage-final.json (the json reporter) instead";
  }
});

// src/formats/coverage/jacoco.ts
function parseJacoco(text, file) {
  const report2 = new ReportBuilder();
  const declared2 = {};
  let depth = 0;
  let packageName = null;
  let packageDepth = -1;
  let current = null;
  let sourceDepth = -1;
  let outcomeBudget = OUTCOME_ALLOWANCE3 + text.length;
  const bad = (message) => {
    throw new InputError(message, { file });
  };
  readXml(
    text,
    { file },
    {
      open(name, attrs) {
        depth++;
        if (depth === 1) {
          if (name !== "report") bad(`expected a JaCoCo <report> root element, found <${name}>`);
          return;
        }
        switch (name) {
          case "package": {
            const pkg = attrs["name"];
            if (pkg === void 0) bad("<package> has no name attribute");
            packageName = pkg.trim();
            packageDepth = depth;
            return;
          }
          case "sourcefile": {
            if (packageName === null) return;
            const source = attrs["name"];
            if (source === void 0 || source.trim() === "")
              bad(`<sourcefile> in package "${packageName}" has no name attribute`);
            current = report2.file(packageName === "" ? source.trim() : `${packageName}/${source.trim()}`);
            sourceDepth = depth;
            return;
          }
          case "line": {
            if (!current || depth !== sourceDepth + 1) return;
            const f = current;
            const nr = parseLineNumber(attrs["nr"] ?? "");
            if (nr === null) bad(`<line nr="${attrs["nr"] ?? ""}"> in ${f.path}: expected a line number \u2265 1`);
            const counts = ["mi", "ci", "mb", "cb"].map((k) => {
              const n = parseCount(attrs[k] ?? "");
              if (n === null)
                bad(`<line nr="${nr}" ${k}="${attrs[k] ?? ""}"> in ${f.path}: expected a non-negative count`);
              return n;
            });
            const [mi, ci, mb, cb] = counts;
            if (mi + ci > 0) f.addLine(nr, ci > 0 ? 1 : 0);
            const outcomes = mb + cb;
            if (outcomes > MAX_OUTCOMES_PER_LINE3)
              bad(`<line nr="${nr}"> in ${f.path}: mb + cb claims more than ${MAX_OUTCOMES_PER_LINE3} branch outcomes on one line`);
            outcomeBudget -= outcomes;
            if (outcomeBudget < 0) bad("the report claims more branch outcomes than it has characters");
            for (let i = 0; i < outcomes; i++) f.addOutcome(nr, i, i < cb ? 1 : 0);
            return;
          }
          case "counter": {
            if (depth !== 2) return;
            const type = attrs["type"];
            if (type !== "LINE" && type !== "BRANCH") return;
            const missed = parseCount(attrs["missed"] ?? "");
            const covered = parseCount(attrs["covered"] ?? "");
            if (missed === null || covered === null)
              bad(
                `<counter type="${type}" missed="${attrs["missed"] ?? ""}" covered="${attrs["covered"] ?? ""}">: expected non-negative counts`
              );
            declared2[type === "LINE" ? "lines" : "branches"] = { covered, total: missed + covered };
            return;
          }
          default:
            return;
        }
      },
      close(name) {
        if (name === "sourcefile" && depth === sourceDepth) {
          current = null;
          sourceDepth = -1;
        } else if (name === "package" && depth === packageDepth) {
          packageName = null;
          packageDepth = -1;
        }
        depth--;
      }
    }
  );
  return {
    sources: [{ file, format: "jacoco", roots: [], declared: declared2 }],
    files: report2.build()
  };
}
var MAX_OUTCOMES_PER_LINE3, OUTCOME_ALLOWANCE3;
var init_jacoco = __esm({
  "src/formats/coverage/jacoco.ts"() {
    "use strict";
    init_errors();
    init_xml();
    init_build();
    MAX_OUTCOMES_PER_LINE3 = 1e4;
    OUTCOME_ALLOWANCE3 = 1e4;
  }
});

// src/formats/coverage/lcov.ts
function parseLcov(text, file) {
  const report2 = new ReportBuilder();
  let current = null;
  let currentStart = 0;
  const outcomeIndexes = /* @__PURE__ */ new Map();
  let outcomeIndex = /* @__PURE__ */ new Map();
  let pendingTn = 0;
  let declaredLines = { covered: 0, total: 0 };
  let declaredBranches = { covered: 0, total: 0 };
  let sawLf = false;
  let sawBrf = false;
  let records = 0;
  let lineNo = 0;
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  const fail3 = (message) => {
    throw new InputError(message, { file, line: lineNo });
  };
  while (pos <= text.length) {
    if (pos === text.length && pos > 0 && text.charCodeAt(pos - 1) === 10) break;
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    lineNo++;
    let line = text.slice(pos, end);
    pos = end + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") {
      if (end === text.length) break;
      continue;
    }
    if (line === "end_of_record") {
      if (!current) fail3("end_of_record without a preceding SF: record");
      current = null;
      records++;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) fail3(`expected an LCOV record "KEY:value", found ${quote2(line)}`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1);
    switch (key) {
      case "SF": {
        if (current) fail3(`SF: before the end_of_record of the record opened at line ${currentStart}`);
        const path6 = value.trim();
        if (path6 === "") fail3("SF: with an empty path");
        current = report2.file(path6);
        currentStart = lineNo;
        pendingTn = 0;
        outcomeIndex = outcomeIndexes.get(path6) ?? /* @__PURE__ */ new Map();
        outcomeIndexes.set(path6, outcomeIndex);
        break;
      }
      case "DA": {
        const f = current ?? fail3("DA: outside a record (no SF: before it)");
        const [ln, count2] = value.split(",");
        const n = parseLineNumber(ln?.trim() ?? "");
        const hits = parseHits(count2?.trim() ?? "");
        if (n === null) fail3(`DA: expected a line number \u2265 1, found ${quote2(ln ?? "")}`);
        if (hits === null) fail3(`DA: expected a non-negative hit count, found ${quote2(count2 ?? "")}`);
        f.addLine(n, hits);
        break;
      }
      case "BRDA": {
        const f = current ?? fail3("BRDA: outside a record (no SF: before it)");
        const parts = value.split(",");
        if (parts.length < 4) fail3(`BRDA: expected line,block,branch,taken, found ${quote2(value)}`);
        const n = parts[0].trim() === "0" ? 0 : parseLineNumber(parts[0].trim());
        if (n === null) fail3(`BRDA: expected a line number, found ${quote2(parts[0])}`);
        const takenText = parts[parts.length - 1].trim();
        const taken = takenText === "-" ? 0 : parseHits(takenText);
        if (taken === null) fail3(`BRDA: expected a taken count or "-", found ${quote2(takenText)}`);
        const outcomeKey = `${n}:${parts.slice(1, -1).join(",")}`;
        let index = outcomeIndex.get(outcomeKey);
        if (index === void 0) {
          index = f.outcomeCount(n);
          outcomeIndex.set(outcomeKey, index);
        }
        f.addOutcome(n, index, taken);
        break;
      }
      case "LF":
      case "LH":
      case "BRF":
      case "BRH": {
        const count2 = parseCount(value.trim());
        if (count2 === null) fail3(`${key}: expected a non-negative count, found ${quote2(value)}`);
        const n = count2;
        if (key === "LF") declaredLines = { ...declaredLines, total: declaredLines.total + n };
        if (key === "LH") declaredLines = { ...declaredLines, covered: declaredLines.covered + n };
        if (key === "BRF") declaredBranches = { ...declaredBranches, total: declaredBranches.total + n };
        if (key === "BRH") declaredBranches = { ...declaredBranches, covered: declaredBranches.covered + n };
        if (key === "LF") sawLf = true;
        if (key === "BRF") sawBrf = true;
        break;
      }
      case "TN":
        if (!current) pendingTn = lineNo;
        break;
      default:
        break;
    }
    if (end === text.length) break;
  }
  if (current) {
    throw new InputError(
      `the record opened by SF: at line ${currentStart} has no end_of_record; the file looks truncated`,
      { file, line: lineNo }
    );
  }
  if (pendingTn !== 0) {
    throw new InputError(`TN: at line ${pendingTn} is not followed by its SF: record; the file looks truncated`, {
      file,
      line: lineNo
    });
  }
  if (records === 0) throw new InputError("no LCOV records (expected SF: \u2026 end_of_record)", { file });
  return {
    sources: [
      {
        file,
        format: "lcov",
        roots: [],
        declared: {
          ...sawLf ? { lines: declaredLines } : {},
          ...sawBrf ? { branches: declaredBranches } : {}
        }
      }
    ],
    files: report2.build()
  };
}
function parseHits(text) {
  return parseCount(text);
}
function quote2(s) {
  const cut = s.length > 60 ? `${s.slice(0, 60)}\u2026` : s;
  return JSON.stringify(cut);
}
var init_lcov = __esm({
  "src/formats/coverage/lcov.ts"() {
    "use strict";
    init_errors();
    init_build();
  }
});

// src/formats/coverage/detect.ts
var detect_exports = {};
__export(detect_exports, {
  READABLE_COVERAGE_FORMATS: () => READABLE_COVERAGE_FORMATS,
  detectCoverageFormat: () => detectCoverageFormat,
  isReadableCoverageFormat: () => isReadableCoverageFormat,
  parseCoverage: () => parseCoverage
});
function detectCoverageFormat(text, file) {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "");
  const trimmed = head.trimStart();
  if (trimmed === "") throw new InputError("the coverage report is empty", { file });
  if (trimmed.startsWith("<")) {
    const root = xmlRoot(text);
    if (root === "coverage")
      return /<coverage\b[^>]*\bclover=/.test(head) || /<project\b/.test(head) ? "clover" : "cobertura";
    if (root === "report") return "jacoco";
    throw new InputError(
      `an XML document with root <${root ?? "?"}> is not a coverage report (Cobertura and Clover have a <coverage> root, JaCoCo a <report>)`,
      { file }
    );
  }
  if (GO_MODE.test(head.split("\n", 1)[0] ?? "")) return "go-cover";
  if (/^(TN|SF|VER):/m.test(head)) return "lcov";
  if (trimmed.startsWith("{")) return detectJson(trimmed, file);
  throw new InputError(
    'not a coverage report: expected Cobertura, Clover or JaCoCo XML, LCOV (lines starting with TN:, SF:), coverage.py or Istanbul JSON, or a Go cover profile (a first line "mode: set|count|atomic")',
    { file, line: 1 }
  );
}
function detectJson(head, file) {
  if (/^\{\s*"meta"\s*:/.test(head) || /"executed_lines"\s*:/.test(head)) return "coveragepy-json";
  if (/"statementMap"\s*:/.test(head)) return "istanbul-json";
  if (/^\{\s*"total"\s*:\s*\{\s*"(lines|statements|functions|branches)"\s*:/.test(head))
    throw new InputError(SUMMARY_REFUSED, { file });
  if (/^\{\s*\}\s*$/.test(head))
    throw new InputError("an empty JSON object: no coverage data (Istanbul writes {} when no file was loaded)", { file });
  throw new InputError(
    `a JSON document that is neither coverage.py JSON ("meta", "files" with executed_lines) nor Istanbul's coverage-final.json (a "statementMap" per file)`,
    { file }
  );
}
function isReadableCoverageFormat(s) {
  return READABLE_COVERAGE_FORMATS.includes(s);
}
function parseCoverage(text, file, format = "auto") {
  const chosen = format === "auto" ? detectCoverageFormat(text, file) : format;
  if (format !== "auto" && text.replace(/^\uFEFF/, "").trim() === "")
    throw new InputError("the coverage report is empty", { file });
  return READERS[chosen](text, file);
}
var READABLE_COVERAGE_FORMATS, READERS, GO_MODE;
var init_detect = __esm({
  "src/formats/coverage/detect.ts"() {
    "use strict";
    init_errors();
    init_xml();
    init_clover();
    init_cobertura();
    init_coveragepy_json();
    init_go_cover();
    init_istanbul_json();
    init_jacoco();
    init_lcov();
    READABLE_COVERAGE_FORMATS = [
      "cobertura",
      "lcov",
      "jacoco",
      "clover",
      "coveragepy-json",
      "istanbul-json",
      "go-cover"
    ];
    READERS = {
      cobertura: parseCobertura,
      lcov: parseLcov,
      jacoco: parseJacoco,
      clover: parseClover,
      "coveragepy-json": parseCoveragePyJson,
      "istanbul-json": parseIstanbulJson,
      "go-cover": parseGoCover
    };
    GO_MODE = /^mode: (set|count|atomic)\s*$/;
  }
});

// src/inputs.ts
var inputs_exports = {};
__export(inputs_exports, {
  INPUT: () => INPUT,
  MODES: () => MODES,
  OUTPUT: () => OUTPUT,
  lines: () => lines,
  resolveInputs: () => resolveInputs
});
import path2 from "node:path";
function resolveInputs(raw, env, cwd, label) {
  const mode = raw.mode?.trim() || "run";
  if (!MODES.includes(mode))
    throw new InputError(`${label("mode")}: "${mode}" is not a mode; allowed: ${MODES.join(", ")}`);
  const format = raw.coverageFormat?.trim() || "auto";
  if (format !== "auto" && !isReadableCoverageFormat(format))
    throw new InputError(
      `${label("coverageFormat")}: "${format}" is not a format this version reads; allowed: auto, ${READABLE_COVERAGE_FORMATS.join(", ")}`
    );
  const date = raw.date?.trim() || null;
  if (date !== null && !isIsoDate(date))
    throw new InputError(`${label("date")}: "${date}" is not a calendar date; expected YYYY-MM-DD (UTC)`);
  const coverage = raw.coverage.map((s) => s.trim()).filter((s) => s !== "");
  if (coverage.length === 0 && mode === "run")
    throw new InputError(
      `${label("coverageFiles")}: no coverage report given; expected one or more glob patterns`
    );
  const validateEnv = raw.validateEnv?.trim() || null;
  if (validateEnv !== null && validateEnv !== "run" && validateEnv !== "skip")
    throw new InputError(`${label("validateEnv")}: "${validateEnv}" is not allowed; allowed: run, skip`);
  const diffFile = raw.diffFile?.trim() || null;
  const baseRef = raw.baseRef?.trim() || null;
  if (diffFile && baseRef)
    throw new InputError(
      `${label("diffFile")} and ${label("baseRef")} both name the change; give one of them`
    );
  const workspace = path2.resolve(env["GITHUB_WORKSPACE"] || cwd);
  const opt = (s) => s?.trim() ? path2.resolve(workspace, s.trim()) : null;
  const attempt2 = Number(env["GITHUB_RUN_ATTEMPT"] ?? "1");
  return {
    mode,
    workspace,
    coverage,
    coverageFormat: format,
    tests: raw.tests.map((s) => s.trim()).filter((s) => s !== ""),
    config: opt(raw.config),
    baseDir: opt(raw.baseDir),
    historyDir: opt(raw.historyDir),
    outDir: path2.resolve(workspace, raw.outDir?.trim() || "test-ladder-out"),
    date,
    diffFile: diffFile ? path2.resolve(workspace, diffFile) : null,
    baseRef,
    validateEnv,
    context: {
      runId: env["GITHUB_RUN_ID"] || "local",
      attempt: Number.isInteger(attempt2) && attempt2 > 0 ? attempt2 : 1,
      commit: env["GITHUB_SHA"] || null,
      ref: env["GITHUB_REF"] || null,
      repository: env["GITHUB_REPOSITORY"] || null
    }
  };
}
function lines(value) {
  return value.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
var INPUT, OUTPUT, MODES;
var init_inputs = __esm({
  "src/inputs.ts"() {
    "use strict";
    init_dates();
    init_detect();
    init_errors();
    INPUT = {
      mode: "mode",
      coverageFiles: "coverage-files",
      coverageFormat: "coverage-format",
      testFiles: "test-files",
      config: "config",
      baseDir: "base-dir",
      historyDir: "history-dir",
      artifactsDir: "artifacts-dir",
      date: "date",
      diffFile: "diff-file",
      baseRef: "base-ref",
      validateEnv: "validate-env"
    };
    OUTPUT = {
      verdict: "verdict",
      reasons: "reasons",
      coverage: "coverage",
      lineCoverage: "line-coverage",
      branchCoverage: "branch-coverage",
      coverageDelta: "coverage-delta",
      patchCoverage: "patch-coverage",
      newBaseline: "new-baseline",
      newSince: "new-since",
      baseline: "baseline",
      floor: "floor",
      target: "target",
      testsTotal: "tests-total",
      testsFailed: "tests-failed",
      artifactsDir: "artifacts-dir",
      checkpoint: "checkpoint"
    };
    MODES = ["run", "validate-env"];
  }
});

// node_modules/js-yaml/dist/js-yaml.mjs
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count2) {
  if (count2 === 1) return " ";
  return "\n".repeat(count2 - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines2 = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines2) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
function percentByte(byte) {
  return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
  const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
  let result = "";
  for (let index = 0; index < source.length; index++) {
    let ch = source.charCodeAt(index);
    if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
      result += source[index];
      continue;
    }
    if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
    if (ch < 128) result += percentByte(ch);
    else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
    else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
    else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
  }
  return result;
}
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
  let tag = fullTag;
  if (tag.charCodeAt(0) === 33) {
    tag = tag.slice(1);
    return `!${tagPercentEncode(tag, true)}`;
  }
  if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
  return `!<${tagPercentEncode(tag, false)}>`;
}
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame2, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame2.tag.has(frame2.value, sourceKey)) continue;
    const err = frame2.tag.addPair(frame2.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame2.overridable ??= /* @__PURE__ */ new Set();
    frame2.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame2, source, sourceTag) {
  state.position = frame2.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame2, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame2, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame2, key, value, tag) {
  state.position = frame2.keyPosition;
  if (frame2.keyIsMerge) {
    mergeSource(state, frame2, value, tag);
    return;
  }
  if (!state.json && frame2.tag.has(frame2.value, key) && !frame2.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame2.tag.addPair(frame2.value, key, value);
  if (err) throwError$1(state, err);
  frame2.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame2 = state.frames[state.frames.length - 1];
  if (frame2.kind === "document") {
    frame2.value = value;
    frame2.hasValue = true;
  } else if (frame2.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame2.tag.addItem(frame2.value, value, frame2.index++);
    if (err) throwError$1(state, err);
  } else if (frame2.hasKey) {
    const key = frame2.key;
    frame2.key = void 0;
    frame2.hasKey = false;
    addMappingValue(state, frame2, key, value, tag);
  } else {
    frame2.key = value;
    frame2.keyPosition = state.position;
    frame2.hasKey = true;
    frame2.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame2 = state.frames.pop();
        if (frame2.kind === "mapping" && frame2.hasKey) {
          state.position = frame2.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame2.kind === "document") state.documents.push(frame2.value);
        else {
          const value = frame2.tag.carrierIsResult ? frame2.value : finalizeCollection(state, frame2.position, frame2.tag, frame2.value);
          if (frame2.anchor) {
            frame2.anchor.value = value;
            frame2.anchor.isValueFinal = true;
          }
          addValue(state, value, frame2.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine2 = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine2 && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping3 = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping3 ? 125 : 93;
  if (isMapping3) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping3 || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping3) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping3) addPopEvent(state);
    } else if (isMapping3 && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping3) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
function buildRepresentTypes(schema) {
  const defaultTags = new Set([
    schema.defaultScalarTag,
    schema.defaultSequenceTag,
    schema.defaultMappingTag
  ].filter((t) => t !== void 0));
  const implicitScalars = schema.implicitScalarTags;
  const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
  const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
  return [
    ...implicitScalars.map((tag) => ({
      tag,
      implicitTag: true
    })),
    ...explicitTags.map((tag) => ({
      tag,
      implicitTag: false
    })),
    ...defaultTagsLast.map((tag) => ({
      tag,
      implicitTag: true
    }))
  ];
}
function matchTag(state, object) {
  for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
    const { tag, implicitTag } = state.representTypes[index];
    if (tag.identify(object)) {
      let tagName;
      if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
      else tagName = tag.tagName;
      return {
        tag,
        tagName,
        implicitTag
      };
    }
  }
  return null;
}
function build2(state, object) {
  if (!state.noRefs && object !== null && typeof object === "object") {
    const existing = state.refs.get(object);
    if (existing) {
      if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
      return {
        kind: "alias",
        anchor: existing.anchor
      };
    }
  }
  const matched = matchTag(state, object);
  if (!matched) {
    if (object === void 0) return INVALID;
    if (state.skipInvalid) return INVALID;
    throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
  }
  const { tag, tagName, implicitTag } = matched;
  const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
  if (tag.nodeKind === "scalar") return {
    kind: "scalar",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: SCALAR_STYLE.PLAIN,
    value: tag.represent(object)
  };
  if (tag.nodeKind === "sequence") {
    const container = tag.represent(object);
    const node2 = {
      kind: "sequence",
      tag: nodeTagName,
      tagged: !implicitTag,
      style: COLLECTION_STYLE.BLOCK,
      items: []
    };
    if (!state.noRefs) state.refs.set(object, node2);
    for (let index = 0, length = container.length; index < length; index += 1) {
      let item = build2(state, container[index]);
      if (item === INVALID && container[index] === void 0) item = build2(state, null);
      if (item === INVALID) continue;
      node2.items.push(item);
    }
    return node2;
  }
  const map = tag.represent(object);
  const node = {
    kind: "mapping",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: COLLECTION_STYLE.BLOCK,
    items: []
  };
  if (!state.noRefs) state.refs.set(object, node);
  for (const [objectKey, objectValue] of map) {
    const key = build2(state, objectKey);
    if (key === INVALID) continue;
    const value = build2(state, objectValue);
    if (value === INVALID) continue;
    node.items.push({
      key,
      value
    });
  }
  return node;
}
function jsToAst(input, schema, options = {}) {
  const root = build2({
    representTypes: buildRepresentTypes(schema),
    noRefs: options.noRefs ?? false,
    skipInvalid: options.skipInvalid ?? false,
    refs: /* @__PURE__ */ new Map(),
    refCounter: 0
  }, input);
  return [{
    contents: root === INVALID ? null : root,
    directives: []
  }];
}
function visitNode(node, visitor, ctx) {
  const control = visitor(node, ctx);
  if (control === VISIT_BREAK) return true;
  if (control === VISIT_SKIP) return false;
  const depth = ctx.depth + 1;
  switch (node.kind) {
    case "sequence":
      for (const item of node.items) if (visitNode(item, visitor, {
        depth,
        parent: node,
        isKey: false
      })) return true;
      break;
    case "mapping":
      for (const { key, value } of node.items) {
        if (visitNode(key, visitor, {
          depth,
          parent: node,
          isKey: true
        })) return true;
        if (visitNode(value, visitor, {
          depth,
          parent: node,
          isKey: false
        })) return true;
      }
  }
  return false;
}
function visit(documents, visitor) {
  for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
    depth: 0,
    parent: null,
    isKey: false
  })) return;
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function setBit(mask, bit) {
  return mask | 1 << bit;
}
function canUsePlain(layout) {
  const str = layout.node.value;
  if (str !== "") {
    if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
    if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
    if (layout.shiftOfContent === 0) {
      const firstLineBreak = str.indexOf("\n");
      if (firstLineBreak !== -1) {
        const content = str.slice(firstLineBreak + 1);
        if (C_FORBIDDEN_CONTENT.test(content)) return false;
      }
    }
  }
  const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
  if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
  if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
  return true;
}
function canUseSingleQuoted(layout) {
  const str = layout.node.value;
  if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
  if (/[ \t]\n|\n[ \t]/.test(str)) return false;
  if (!layout.isKey && layout.shiftOfContent === 0) {
    const firstLineBreak = str.indexOf("\n");
    if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
  }
  return true;
}
function canUseBlock(layout) {
  if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
  const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
  if (contentIndent < 1) return false;
  if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
  if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
  return true;
}
function detectAllowedStyles(layout) {
  let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
  if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
  if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
  if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
  layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
  switch (layout.style) {
    case SCALAR_STYLE.PLAIN:
      return renderPlain(layout);
    case SCALAR_STYLE.SINGLE_QUOTED:
      return renderSingleQuoted(layout);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return renderLiteralBlock(layout);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return renderFoldedBlock(layout);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return renderDoubleQuoted(layout);
  }
}
function renderPlain(layout) {
  return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
  return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
  const value = layout.node.value;
  return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
  const value = layout.node.value;
  const w = layout.presenterOptions.lineWidth;
  let availableWidth = Infinity;
  if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
  return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
  let nextLF = string.indexOf("\n");
  if (nextLF === -1) return string;
  const pad = " ".repeat(shiftOfContent);
  let result = string.slice(0, nextLF);
  const lineRe = /(\n+)([^\n]*)/g;
  lineRe.lastIndex = nextLF;
  let match;
  while (match = lineRe.exec(string)) {
    const breaks = match[1].length;
    const line = match[2];
    result += "\n".repeat(breaks + 1) + pad + line;
  }
  return result;
}
function indentString(string, spaces) {
  const indent = " ".repeat(spaces);
  let position = 0;
  let result = "";
  const length = string.length;
  while (position < length) {
    let line;
    const next = string.indexOf("\n", position);
    if (next === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next + 1);
      position = next + 1;
    }
    if (line.length && line !== "\n") result += indent;
    result += line;
  }
  return result;
}
function needIndentIndicator(string) {
  return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
  const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
  const clip2 = string[string.length - 1] === "\n";
  return `${indentIndicator}${clip2 && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip2 ? "" : "-"}
`;
}
function dropEndingNewline(string) {
  return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
  return char === " " || char === "	";
}
function foldLine(line, width) {
  if (line === "" || isMoreIndented(line[0])) return line;
  const breakRe = / [^ \t]/g;
  let match;
  let start = 0;
  let end;
  let curr = 0;
  let next = 0;
  let result = "";
  while (match = breakRe.exec(line)) {
    next = match.index;
    if (next - start > width) {
      end = curr > start ? curr : next;
      result += `
${line.slice(start, end)}`;
      start = end + 1;
    }
    curr = next;
  }
  result += "\n";
  if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}
${line.slice(curr + 1)}`;
  else result += line.slice(start);
  return result.slice(1);
}
function foldBlockScalar(string, width) {
  const lineRe = /(\n+)([^\n]*)/g;
  let nextLF = string.indexOf("\n");
  if (nextLF === -1) nextLF = string.length;
  lineRe.lastIndex = nextLF;
  let result = foldLine(string.slice(0, nextLF), width);
  let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
  let moreIndented;
  let match;
  while (match = lineRe.exec(string)) {
    const prefix = match[1];
    const line = match[2];
    moreIndented = line !== "" && isMoreIndented(line[0]);
    result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }
  return result;
}
function escapeCharacter(character) {
  switch (character) {
    case "\0":
      return "\\0";
    case "\x07":
      return "\\a";
    case "\b":
      return "\\b";
    case "	":
      return "\\t";
    case "\n":
      return "\\n";
    case "\v":
      return "\\v";
    case "\f":
      return "\\f";
    case "\r":
      return "\\r";
    case "\x1B":
      return "\\e";
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\x85":
      return "\\N";
    case "\xA0":
      return "\\_";
    case "\u2028":
      return "\\L";
    case "\u2029":
      return "\\P";
  }
  const code2 = character.charCodeAt(0);
  const hex = code2.toString(16).toUpperCase();
  if (code2 <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
  return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
  return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
function nodeTagShort(node) {
  return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
  const opts = {
    ...DEFAULT_PRESENTER_OPTIONS,
    ...options
  };
  if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
  return {
    ...opts,
    defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
    openEnded: false
  };
}
function generateNextLine(state, level) {
  return `
${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
  return {
    node,
    parent,
    level,
    isKey,
    flowOnly,
    shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
    shiftOfContent: state.indent * Math.max(1, level),
    shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
    presenterOptions: state,
    allowedStylesMask: 0,
    style: node.style
  };
}
function writeFlowSequence(state, level, node) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    const item = writeNode(state, level, node.items[index], node, {}).text;
    if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    result += item;
  }
  const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
  return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    const item = writeNode(state, level + 1, node.items[index], node, {
      block: true,
      compact: state.seqInlineFirst,
      isblockseq: true
    }).text;
    if (!compact || result !== "") result += generateNextLine(state, level);
    if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
    else result += "- ";
    result += item;
  }
  return result;
}
function writeFlowMapping(state, level, node) {
  let result = "";
  for (const { key, value } of node.items) {
    let pairBuffer = "";
    if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    const keyRender = writeNode(state, level, key, node, { iskey: true });
    const keyText = keyRender.text;
    const valueText = writeNode(state, level, value, node, {}).text;
    const sep2 = state.flowSkipColonSpace || valueText === "" ? "" : " ";
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
    pairBuffer += `${keyText}${keyColonSep}:${sep2}${valueText}`;
    result += pairBuffer;
  }
  const pad = state.flowBracketPadding && result !== "" ? " " : "";
  return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    let pairBuffer = "";
    if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
    const { key, value } = node.items[index];
    const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
    const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
      block: true,
      compact: true,
      isblockseq: !cannotBeCompact(state, key, level + 1)
    }) : writeNode(state, level + 1, key, node, {
      block: true,
      compact: true,
      iskey: true
    });
    const keyText = keyRender.text;
    const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
    const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
    const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
    if (explicitPair) {
      if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
      else pairBuffer += "? ";
    }
    pairBuffer += keyText;
    if (explicitPair) pairBuffer += generateNextLine(state, level);
    const valueText = writeNode(state, level + 1, value, node, {
      block: true,
      compact: explicitPair,
      isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
    }).text;
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
    if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
    else pairBuffer += `${keyColonSep}: `;
    pairBuffer += valueText;
    result += pairBuffer;
  }
  return result;
}
function cannotBeCompact(state, node, level) {
  if (node.kind === "alias") return true;
  return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
  if (node.kind === "alias") {
    state.openEnded = false;
    return {
      text: `*${node.anchor}`,
      noBody: false
    };
  }
  const { block = false, iskey = false, isblockseq = false } = ctx;
  let compact = ctx.compact ?? false;
  const hasAnchor = node.anchor !== void 0;
  if (cannotBeCompact(state, node, level)) compact = false;
  let body;
  let shouldPrintTag = node.tagged;
  const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
  if (node.kind === "mapping") {
    if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
    else body = writeFlowMapping(state, level, node);
  } else if (node.kind === "sequence") {
    if (useBlockCollection) {
      if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
      else body = writeBlockSequence(state, level, node, compact);
    } else body = writeFlowSequence(state, level, node);
  } else {
    const layout = scalarLayout(state, node, parent, level, iskey, !block);
    detectAllowedStyles(layout);
    for (const rule of state.scalarStyleRules) rule(layout);
    body = renderScalar(layout);
    state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
    shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
  }
  if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
  if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
  const noBody = body === "";
  let text = body;
  if (shouldPrintTag || hasAnchor) {
    const props = [];
    const tag = shouldPrintTag ? nodeTagShort(node) : null;
    const anchor = hasAnchor ? `&${node.anchor}` : null;
    if (state.tagBeforeAnchor) {
      if (tag !== null) props.push(tag);
      if (anchor !== null) props.push(anchor);
    } else {
      if (anchor !== null) props.push(anchor);
      if (tag !== null) props.push(tag);
    }
    const sep2 = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
    text = `${props.join(" ")}${sep2}${body}`;
  }
  return {
    text,
    noBody
  };
}
function rootStartsOwnLine(node) {
  return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
  let result = "";
  for (const directive of doc.directives) {
    if (directive.kind === "yaml") {
      result += `%YAML ${directive.version}
`;
      continue;
    }
    const { handle, prefix } = directive;
    result += `%TAG ${handle} ${prefix}
`;
  }
  return result;
}
function present(documents, options) {
  const state = createPresenterState(options);
  let result = "";
  let previousEnded = false;
  for (let index = 0; index < documents.length; index += 1) {
    const doc = documents[index];
    state.openEnded = false;
    const directives = writeDocumentDirectives(doc);
    const hasDirectives = directives !== "";
    const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
    result += directives;
    if (doc.contents === null) {
      if (marker) result += "---\n";
    } else if (marker) {
      const body = writeNode(state, 0, doc.contents, null, {
        block: true,
        compact: true
      }).text;
      const sep2 = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
      result += `---${sep2}${body}
`;
    } else result += writeNode(state, 0, doc.contents, null, {
      block: true,
      compact: true
    }).text + "\n";
    previousEnded = doc.explicitEnd || state.openEnded;
    if (previousEnded) result += "...\n";
  }
  return result;
}
function defaultCompareFn(a, b) {
  const x = String(a);
  const y = String(b);
  if (x < y) return -1;
  if (x > y) return 1;
  return 0;
}
function dump(input, options = {}) {
  const opts = {
    ...DEFAULT_DUMP_OPTIONS,
    ...options
  };
  const documents = jsToAst(input, opts.schema, {
    noRefs: opts.noRefs,
    skipInvalid: opts.skipInvalid
  });
  if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
    if (ctx.depth < opts.flowLevel) return;
    if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
    return VISIT_SKIP;
  });
  if (opts.sortKeys) {
    const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
    visit(documents, (node) => {
      if (node.kind !== "mapping") return;
      node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
    });
  }
  opts.transform(documents);
  return present(documents, {
    ...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
    schema: opts.schema
  });
}
var NOT_RESOLVED, strTag, NULL_VALUES$1, nullCoreTag, nullJsonTag, NULL_VALUES, nullYaml11Tag, TRUE_VALUES$2, FALSE_VALUES$2, boolCoreTag, TRUE_VALUES$1, FALSE_VALUES$1, boolJsonTag, TRUE_VALUES, FALSE_VALUES, boolYaml11Tag, YAML_INTEGER_IMPLICIT_PATTERN$1, YAML_INTEGER_EXPLICIT_PATTERN$1, intCoreTag, YAML_INTEGER_IMPLICIT_PATTERN, YAML_INTEGER_EXPLICIT_PATTERN, intJsonTag, YAML_INTEGER_PATTERN, intYaml11Tag, YAML_FLOAT_PATTERN$1, YAML_FLOAT_SPECIAL_PATTERN$1, floatCoreTag, YAML_FLOAT_IMPLICIT_PATTERN, YAML_FLOAT_EXPLICIT_PATTERN, floatJsonTag, YAML_FLOAT_PATTERN, YAML_FLOAT_SPECIAL_PATTERN, floatYaml11Tag, mergeTag, BASE64_PATTERN, binaryTag, YAML_DATE_REGEXP, YAML_TIMESTAMP_REGEXP, timestampTag, seqTag, omapTag, pairsTag, mapTag, setTag, Schema, FAILSAFE_SCHEMA, JSON_SCHEMA, CORE_SCHEMA, YAML11_SCHEMA, DUMP_SCHEMA, realMapTag, legacyMapTag, DEFAULT_SNIPPET_OPTIONS, YAMLException, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, CHOMPING_MODE, NO_RANGE$3, simpleEscapeCheck, simpleEscapeMap, DEFAULT_TAG_HANDLERS, TAG_SUFFIX_CHARS, TAG_URI_CHARS, HEX, NO_RANGE$2, MERGE_TAG_NAME, DEFAULT_CONSTRUCTOR_OPTIONS, NO_RANGE$1, HAS_OWN, CONTEXT_FLOW_IN, CONTEXT_FLOW_OUT, CONTEXT_BLOCK_IN, CONTEXT_BLOCK_OUT, PATTERN_NON_PRINTABLE, PATTERN_FLOW_INDICATORS, PATTERN_TAG_HANDLE, NS_URI_CHAR, NS_TAG_CHAR, PATTERN_TAG_URI, PATTERN_TAG_SUFFIX, PATTERN_TAG_PREFIX, DEFAULT_PARSER_OPTIONS, DEFAULT_LOAD_OPTIONS, INVALID, VISIT_BREAK, VISIT_SKIP, DEFAULT_SCALAR_STYLE_RULES, SRC_C_PRINTABLE, SRC_B_CHAR, SRC_C_BYTE_ORDER_MARK, SRC_S_WHITE, SRC_NB_CHAR, SRC_NS_CHAR, SRC_NB_JSON, SRC_C_INDICATOR, SRC_C_FLOW_INDICATOR, SRC_NS_PLAIN_SAFE_FLOW_OUT, SRC_NS_PLAIN_SAFE_FLOW_IN, SRC_NS_PLAIN_FIRST_FLOW_OUT, SRC_NS_PLAIN_FIRST_FLOW_IN, SRC_NS_PLAIN_CHAR_FLOW_OUT, SRC_NS_PLAIN_CHAR_FLOW_IN, SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT, SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN, SRC_NS_PLAIN_ONE_LINE_FLOW_OUT, SRC_NS_PLAIN_ONE_LINE_FLOW_IN, SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY, SRC_NS_PLAIN_ONE_LINE_FLOW_KEY, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN, SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT, SRC_NS_PLAIN_MULTI_LINE_FLOW_IN, NS_PLAIN_FLOW_OUT, NS_PLAIN_FLOW_IN, NS_PLAIN_BLOCK_KEY, NS_PLAIN_FLOW_KEY, NB_SINGLE_ONE_LINE, NB_SINGLE_MULTI_LINE, BLOCK_SCALAR_CONTENT, C_FORBIDDEN_FIRST_LINE, C_FORBIDDEN_CONTENT, CHARACTERS_TO_ESCAPE, CHAR_LINE_FEED, DEFAULT_PRESENTER_OPTIONS, DEFAULT_DUMP_OPTIONS, EVENT_DOCUMENT, EVENT_SEQUENCE, EVENT_MAPPING, EVENT_SCALAR, EVENT_ALIAS, EVENT_POP, SCALAR_STYLE_PLAIN, SCALAR_STYLE_SINGLE_QUOTED, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_FOLDED_BLOCK, COLLECTION_STYLE_BLOCK, COLLECTION_STYLE_FLOW, CHOMPING_CLIP, CHOMPING_STRIP, CHOMPING_KEEP;
var init_js_yaml = __esm({
  "node_modules/js-yaml/dist/js-yaml.mjs"() {
    NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
    strTag = defineScalarTag("tag:yaml.org,2002:str", {
      resolve: (source) => source,
      identify: (data) => typeof data === "string"
    });
    NULL_VALUES$1 = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ];
    nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => {
        if (NULL_VALUES$1.indexOf(source) !== -1) return null;
        return NOT_RESOLVED;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: ["n"],
      resolve: (source, isExplicit) => {
        if (source === "null" || isExplicit && source === "") return null;
        return NOT_RESOLVED;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    NULL_VALUES = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ];
    nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => {
        if (NULL_VALUES.indexOf(source) !== -1) return null;
        return NOT_RESOLVED;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    TRUE_VALUES$2 = [
      "true",
      "True",
      "TRUE"
    ];
    FALSE_VALUES$2 = [
      "false",
      "False",
      "FALSE"
    ];
    boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: [
        "t",
        "T",
        "f",
        "F"
      ],
      resolve: (source) => {
        if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
        if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
        return NOT_RESOLVED;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    TRUE_VALUES$1 = ["true"];
    FALSE_VALUES$1 = ["false"];
    boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: ["t", "f"],
      resolve: (source) => {
        if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
        if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
        return NOT_RESOLVED;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    TRUE_VALUES = [
      "true",
      "True",
      "TRUE",
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON"
    ];
    FALSE_VALUES = [
      "false",
      "False",
      "FALSE",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: [
        "y",
        "Y",
        "n",
        "N",
        "t",
        "T",
        "f",
        "F",
        "o",
        "O"
      ],
      resolve: (source) => {
        if (TRUE_VALUES.indexOf(source) !== -1) return true;
        if (FALSE_VALUES.indexOf(source) !== -1) return false;
        return NOT_RESOLVED;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger$2,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
    YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlInteger$1,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
    intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat$2,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$2
    });
    YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
    YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlFloat$1,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$1
    });
    YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat
    });
    mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
      implicit: true,
      implicitFirstChars: ["<"],
      resolve: (source, isExplicit) => {
        if (source === "<<" || isExplicit && source === "") return "<<";
        return NOT_RESOLVED;
      },
      identify: () => false
    });
    BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
    binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
      resolve: resolveYamlBinary,
      identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
      represent: representYamlBinary
    });
    YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
    YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
    timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
      implicit: true,
      implicitFirstChars: [..."0123456789"],
      resolve: resolveYamlTimestamp,
      identify: (object) => object instanceof Date,
      represent: (object) => object.toISOString()
    });
    seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
      create: () => [],
      addItem: (container, item) => {
        container.push(item);
      },
      identify: Array.isArray
    });
    omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
      create: () => ({
        list: [],
        seen: /* @__PURE__ */ new Set()
      }),
      addItem: (carrier, item) => {
        let key;
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve an ordered map item";
          key = item.keys().next().value;
        } else if (isPlainObject(item)) {
          const itemKeys = Object.keys(item);
          if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
          key = itemKeys[0];
        } else return "cannot resolve an ordered map item";
        if (carrier.seen.has(key)) return "duplicate key in ordered map";
        carrier.seen.add(key);
        carrier.list.push(item);
        return "";
      },
      finalize: (carrier) => carrier.list,
      identify: () => false
    });
    pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
      create: () => [],
      addItem: (container, item) => {
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve a pairs item";
          container.push(item.entries().next().value);
          return "";
        }
        if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
        const object = item;
        const keys = Object.keys(object);
        if (keys.length !== 1) return "cannot resolve a pairs item";
        container.push([keys[0], object[keys[0]]]);
        return "";
      },
      identify: () => false
    });
    mapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of Object.keys(o)) map.set(key, o[key]);
        return map;
      },
      addPair: (container, key, value) => {
        if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
        const normalizedKey = String(key);
        if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
        else container[normalizedKey] = value;
        return "";
      },
      has: (container, key) => {
        if (key !== null && typeof key === "object") return false;
        return Object.prototype.hasOwnProperty.call(container, String(key));
      },
      keys: (container) => Object.keys(container),
      get: (container, key) => {
        const normalizedKey = String(key);
        if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
        return container[normalizedKey];
      }
    });
    setTag = defineMappingTag("tag:yaml.org,2002:set", {
      create: () => /* @__PURE__ */ new Set(),
      identify: (data) => data instanceof Set,
      represent: (data) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of data) map.set(key, null);
        return map;
      },
      addPair: (container, key, value) => {
        if (value !== null) return "cannot resolve a set item";
        container.add(key);
        return "";
      },
      has: (container, key) => container.has(key),
      keys: (container) => container.keys(),
      get: () => null
    });
    Schema = class Schema2 {
      tags;
      /** @internal */
      implicitScalarTags;
      /**
      * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
      * the resolvers that may match that key, in schema order; a key absent from
      * the map uses
      * {@link Schema.implicitScalarAnyFirstChar}
      * (resolvers that declared no first-char constraint, so they apply to any
      * first character).
      */
      implicitScalarByFirstChar;
      implicitScalarAnyFirstChar;
      /**
      * The default scalar tag (`!!str`), resolved once so the composer's fallback
      * for unresolved plain scalars avoids a keyed lookup per scalar.
      *
      * @internal
      */
      defaultScalarTag;
      /**
      * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
      * value is identified by its default tag, the tag is implicit and not
      * printed. Undefined if the schema does not define them (then such values
      * can't be dumped).
      *
      * @internal
      */
      defaultSequenceTag;
      /** @internal */
      defaultMappingTag;
      exact;
      prefix;
      constructor(tags) {
        const compiledTags = compileTags(tags);
        const implicitScalarTags = [];
        const exact = createTagDefinitionMap();
        const prefix = createTagDefinitionListMap();
        for (const tag of compiledTags) {
          if (tag.nodeKind === "scalar" && tag.implicit) {
            if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
            implicitScalarTags.push(tag);
          }
          switch (tag.nodeKind) {
            case "scalar":
              if (tag.matchByTagPrefix) prefix.scalar.push(tag);
              else exact.scalar[tag.tagName] = tag;
              break;
            case "sequence":
              if (tag.matchByTagPrefix) prefix.sequence.push(tag);
              else exact.sequence[tag.tagName] = tag;
              break;
            case "mapping":
              if (tag.matchByTagPrefix) prefix.mapping.push(tag);
              else exact.mapping[tag.tagName] = tag;
          }
        }
        const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
        const keys = /* @__PURE__ */ new Set();
        for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
        const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
        for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
        const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
        if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
        this.tags = compiledTags;
        this.implicitScalarTags = implicitScalarTags;
        this.implicitScalarByFirstChar = implicitScalarByFirstChar;
        this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
        this.defaultScalarTag = defaultScalarTag;
        this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
        this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
        this.exact = exact;
        this.prefix = prefix;
      }
      /** @internal */
      lookupScalarTag(tagName) {
        const exactTag = this.exact.scalar[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupSequenceTag(tagName) {
        const exactTag = this.exact.sequence[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupMappingTag(tagName) {
        const exactTag = this.exact.mapping[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      resolveImplicitScalarTag(source) {
        const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
        for (const tag2 of candidates) {
          const value = tag2.resolve(source, false, tag2.tagName);
          if (value !== NOT_RESOLVED) return {
            value,
            tag: tag2
          };
        }
        const tag = this.defaultScalarTag;
        return {
          value: tag.resolve(source, false, tag.tagName),
          tag
        };
      }
      /**
      * Creates a new schema with the specified tags added. If a tag already
      * exists, it is replaced by the specified tag.
      *
      * @example
      *
      * ```javascript
      * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
      *
      * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
      * ```
      */
      withTags(...tags) {
        let flatTags = [];
        for (const tag of tags) flatTags = flatTags.concat(tag);
        return new Schema2([...this.tags, ...flatTags]);
      }
    };
    FAILSAFE_SCHEMA = new Schema([
      strTag,
      seqTag,
      mapTag
    ]);
    JSON_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullJsonTag,
      boolJsonTag,
      intJsonTag,
      floatJsonTag
    ]);
    CORE_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullCoreTag,
      boolCoreTag,
      intCoreTag,
      floatCoreTag
    ]);
    YAML11_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullYaml11Tag,
      boolYaml11Tag,
      intYaml11Tag,
      floatYaml11Tag,
      timestampTag,
      mergeTag,
      binaryTag,
      omapTag,
      pairsTag,
      setTag
    ]);
    DUMP_SCHEMA = YAML11_SCHEMA.withTags({
      ...intYaml11Tag,
      resolve: (source, isExplicit, tagName) => {
        const result = intYaml11Tag.resolve(source, isExplicit, tagName);
        return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
      }
    }, {
      ...floatYaml11Tag,
      resolve: (source, isExplicit, tagName) => {
        const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
        return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
      }
    });
    realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => /* @__PURE__ */ new Map(),
      addPair: (container, key, value) => {
        container.set(key, value);
        return "";
      },
      has: (container, key) => container.has(key),
      keys: (container) => container.keys(),
      get: (container, key) => container.get(key),
      identify: (data) => data instanceof Map || isPlainObject(data),
      represent: (data) => {
        if (data instanceof Map) return data;
        const map = /* @__PURE__ */ new Map();
        const obj = data;
        for (const key of Object.keys(obj)) map.set(key, obj[key]);
        return map;
      }
    });
    legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of Object.keys(o)) map.set(key, o[key]);
        return map;
      },
      addPair: (container, key, value) => {
        const normalizedKey = normalizeKey(key);
        if (normalizedKey === null) return "nested arrays are not supported inside keys";
        if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
        else container[normalizedKey] = value;
        return "";
      },
      has: (container, key) => {
        const normalizedKey = normalizeKey(key);
        return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
      },
      keys: (container) => Object.keys(container),
      get: (container, key) => {
        const normalizedKey = String(key);
        if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
        return container[normalizedKey];
      }
    });
    DEFAULT_SNIPPET_OPTIONS = {
      maxLength: 79,
      indent: 1,
      linesBefore: 3,
      linesAfter: 2
    };
    YAMLException = class YAMLException2 extends Error {
      reason;
      mark;
      /**
      * Optional `mark` contains source snippet data. Usually, use
      * {@link YAMLException.throwAt} instead of passing it directly.
      */
      constructor(reason, mark) {
        super();
        this.name = "YAMLException";
        this.reason = reason;
        this.mark = mark;
        this.message = formatError(this, false);
        if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
      }
      /**
      * Returns the formatted error, omitting the source snippet in compact mode.
      */
      toString(compact) {
        return `${this.name}: ${formatError(this, compact)}`;
      }
      /**
      * Builds a YAMLException with a source snippet and throws it. `source` is
      * the raw input text; `position` is an offset into it.
      */
      static throwAt(source, position, message, filename = "") {
        let line = 0;
        let lineStart = 0;
        for (let index = 0; index < position; index++) {
          const ch = source.charCodeAt(index);
          if (ch === 10) {
            line++;
            lineStart = index + 1;
          } else if (ch === 13) {
            line++;
            if (source.charCodeAt(index + 1) === 10) index++;
            lineStart = index + 1;
          }
        }
        const mark = {
          name: filename,
          buffer: source,
          position,
          line,
          column: position - lineStart
        };
        mark.snippet = makeSnippet(mark);
        throw new YAMLException2(message, mark);
      }
    };
    EVENT_ID = {
      DOCUMENT: 1,
      SEQUENCE: 2,
      MAPPING: 3,
      SCALAR: 4,
      ALIAS: 5,
      POP: 6
    };
    SCALAR_STYLE = {
      PLAIN: 1,
      SINGLE_QUOTED: 2,
      DOUBLE_QUOTED: 3,
      LITERAL_BLOCK: 4,
      FOLDED_BLOCK: 5
    };
    COLLECTION_STYLE = {
      BLOCK: 1,
      FLOW: 2
    };
    CHOMPING_MODE = {
      CLIP: 1,
      STRIP: 2,
      KEEP: 3
    };
    NO_RANGE$3 = -1;
    simpleEscapeCheck = new Array(256);
    simpleEscapeMap = new Array(256);
    for (let i = 0; i < 256; i++) {
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
      simpleEscapeMap[i] = simpleEscapeSequence(i);
    }
    DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
      "!": "!",
      "!!": "tag:yaml.org,2002:"
    });
    TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
    TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
    HEX = "0123456789ABCDEF";
    NO_RANGE$2 = -1;
    MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
    DEFAULT_CONSTRUCTOR_OPTIONS = {
      filename: "",
      schema: CORE_SCHEMA,
      json: false,
      maxTotalMergeKeys: 1e4,
      maxAliases: -1
    };
    NO_RANGE$1 = -1;
    HAS_OWN = Object.prototype.hasOwnProperty;
    CONTEXT_FLOW_IN = 1;
    CONTEXT_FLOW_OUT = 2;
    CONTEXT_BLOCK_IN = 3;
    CONTEXT_BLOCK_OUT = 4;
    PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
    PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
    NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
    NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
    PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
    PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
    PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
    DEFAULT_PARSER_OPTIONS = {
      filename: "",
      maxDepth: 100
    };
    DEFAULT_LOAD_OPTIONS = {
      ...DEFAULT_PARSER_OPTIONS,
      ...DEFAULT_CONSTRUCTOR_OPTIONS
    };
    INVALID = /* @__PURE__ */ Symbol("INVALID");
    VISIT_BREAK = /* @__PURE__ */ Symbol("visit:break");
    VISIT_SKIP = /* @__PURE__ */ Symbol("visit:skip");
    DEFAULT_SCALAR_STYLE_RULES = {
      applyQuoteFlowKeysOption,
      doubleQuoteForInvisibles,
      doubleQuoteWhitespaceOnly,
      applyForceQuotesOption,
      tryLongOrMultilineAsBlock,
      quoteInvalidPlain,
      fallbackToDoubleQuoted
    };
    SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
    SRC_B_CHAR = "[\\n\\r]";
    SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
    SRC_S_WHITE = "[ \\t]";
    SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
    SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
    SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
    SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
    SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
    SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
    SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
    SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
    SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
    SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
    SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
    SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
    SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
    SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
    SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
    SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
    SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
    SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
    SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
    SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
    SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
    NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
    NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
    NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
    NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
    NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
    NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
    BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
    C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
    C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
    CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
    CHAR_LINE_FEED = 10;
    DEFAULT_PRESENTER_OPTIONS = {
      indent: 2,
      seqNoIndent: false,
      seqInlineFirst: true,
      lineWidth: 80,
      flowBracketPadding: false,
      flowSkipCommaSpace: false,
      flowSkipColonSpace: false,
      quoteFlowKeys: false,
      quoteStyle: "single",
      forceQuotes: false,
      scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
      tagBeforeAnchor: false
    };
    DEFAULT_DUMP_OPTIONS = {
      ...DEFAULT_PRESENTER_OPTIONS,
      schema: DUMP_SCHEMA,
      skipInvalid: false,
      noRefs: false,
      flowLevel: -1,
      sortKeys: false,
      transform: () => {
      }
    };
    EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
    EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
    EVENT_MAPPING = EVENT_ID.MAPPING;
    EVENT_SCALAR = EVENT_ID.SCALAR;
    EVENT_ALIAS = EVENT_ID.ALIAS;
    EVENT_POP = EVENT_ID.POP;
    SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
    SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
    SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
    SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
    SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
    COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
    COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
    CHOMPING_CLIP = CHOMPING_MODE.CLIP;
    CHOMPING_STRIP = CHOMPING_MODE.STRIP;
    CHOMPING_KEEP = CHOMPING_MODE.KEEP;
  }
});

// src/artifacts/canonical.ts
function canonicalJson(value) {
  return serialize(value, null);
}
function prettyJson(value) {
  return `${serialize(value, "  ")}
`;
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function serialize(root, indent) {
  const parts = [];
  const path6 = /* @__PURE__ */ new Set();
  const write = (value, where, depth) => {
    switch (typeof value) {
      case "string":
        parts.push(JSON.stringify(value));
        return;
      case "boolean":
        parts.push(value ? "true" : "false");
        return;
      case "number":
        if (!Number.isFinite(value))
          throw new Error(`canonicalJson: ${String(value)} at ${where} has no JSON form`);
        parts.push(JSON.stringify(value));
        return;
      case "object":
        break;
      default:
        throw new Error(`canonicalJson: a ${typeof value} at ${where} has no JSON form`);
    }
    if (value === null) {
      parts.push("null");
      return;
    }
    if (path6.has(value)) throw new Error(`canonicalJson: cycle at ${where}`);
    const obj = toPlain(value, where);
    if (obj !== value) {
      write(obj, where, depth);
      return;
    }
    path6.add(value);
    const inner = indent === null ? "" : `
${indent.repeat(depth + 1)}`;
    const outer = indent === null ? "" : `
${indent.repeat(depth)}`;
    const colon = indent === null ? ":" : ": ";
    if (Array.isArray(value)) {
      if (value.length === 0) parts.push("[]");
      else {
        parts.push("[");
        for (let i = 0; i < value.length; i++) {
          if (i > 0) parts.push(",");
          parts.push(inner);
          const item = value[i];
          if (item === void 0)
            throw new Error(`canonicalJson: undefined at ${where}[${i}] has no JSON form`);
          write(item, `${where}[${i}]`, depth + 1);
        }
        parts.push(outer, "]");
      }
    } else {
      const record = value;
      const keys = Object.keys(record).filter((k) => record[k] !== void 0).sort(compareCodeUnits);
      if (keys.length === 0) parts.push("{}");
      else {
        parts.push("{");
        keys.forEach((k, i) => {
          if (i > 0) parts.push(",");
          parts.push(inner, JSON.stringify(k), colon);
          write(record[k], `${where}.${k}`, depth + 1);
        });
        parts.push(outer, "}");
      }
    }
    path6.delete(value);
  };
  write(root, "$", 0);
  return parts.join("");
}
function toPlain(value, where) {
  if (Array.isArray(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return value;
  const toJSON = value.toJSON;
  if (typeof toJSON === "function") {
    const replaced = toJSON.call(value);
    if (replaced === value) throw new Error(`canonicalJson: toJSON at ${where} returned its own object`);
    return replaced;
  }
  const name = value.constructor?.name;
  throw new Error(
    `canonicalJson: a ${typeof name === "string" ? name : "non-plain object"} at ${where} has no JSON form`
  );
}
var init_canonical = __esm({
  "src/artifacts/canonical.ts"() {
    "use strict";
  }
});

// src/artifacts/hash.ts
import { createHash } from "node:crypto";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
var SHA256_HEX;
var init_hash = __esm({
  "src/artifacts/hash.ts"() {
    "use strict";
    SHA256_HEX = /^[0-9a-f]{64}$/;
  }
});

// src/artifacts/json-artifact.ts
function sealJson(obj) {
  const content = withoutHash(obj);
  const sha256 = sha256Hex(canonicalJson(content));
  Object.defineProperty(content, EMBEDDED_HASH_FIELD, dataProperty(sha256));
  return { text: prettyJson(content), sha256 };
}
function checkEmbeddedHash(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: "invalid", reason: `not JSON: ${e.message}` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, kind: "invalid", reason: "not a JSON object" };
  }
  const record = parsed;
  if (!Object.hasOwn(record, EMBEDDED_HASH_FIELD)) {
    return { ok: false, kind: "missing", reason: `no "${EMBEDDED_HASH_FIELD}" field` };
  }
  const expected2 = record[EMBEDDED_HASH_FIELD];
  if (typeof expected2 !== "string" || !SHA256_HEX.test(expected2)) {
    return {
      ok: false,
      kind: "missing",
      reason: `"${EMBEDDED_HASH_FIELD}" is not 64 lowercase hex digits: ${JSON.stringify(expected2)}`
    };
  }
  let actual;
  try {
    actual = sha256Hex(canonicalJson(withoutHash(record)));
  } catch (e) {
    return { ok: false, kind: "invalid", reason: `content has no canonical form: ${e.message}` };
  }
  if (actual !== expected2) {
    return {
      ok: false,
      kind: "mismatch",
      reason: `embedded sha256 mismatch: expected ${expected2}, actual ${actual}`
    };
  }
  return { ok: true, sha256: actual };
}
function withoutHash(obj) {
  const copy = {};
  for (const key of Object.keys(obj)) {
    if (key !== EMBEDDED_HASH_FIELD) Object.defineProperty(copy, key, dataProperty(obj[key]));
  }
  return copy;
}
function dataProperty(value) {
  return { value, enumerable: true, writable: true, configurable: true };
}
var EMBEDDED_HASH_FIELD;
var init_json_artifact = __esm({
  "src/artifacts/json-artifact.ts"() {
    "use strict";
    init_canonical();
    init_hash();
    EMBEDDED_HASH_FIELD = "sha256";
  }
});

// src/artifacts/manifest.ts
function manifestNameProblem(name) {
  if (name === "") return "the name is empty";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "the name is an absolute path";
  if (name.includes("..")) return 'the name contains ".."';
  if (name.includes("\\")) return "the name contains a backslash";
  if (name.includes("\0")) return "the name contains a NUL character";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "the name contains a control character";
  return null;
}
function renderManifest(entries) {
  const seen = /* @__PURE__ */ new Set();
  for (const { name, sha256 } of entries) {
    const problem = manifestNameProblem(name);
    if (problem !== null) throw new Error(`renderManifest: ${JSON.stringify(name)}: ${problem}`);
    if (!SHA256_HEX.test(sha256))
      throw new Error(`renderManifest: ${name}: not a lowercase sha256: ${sha256}`);
    if (seen.has(name)) throw new Error(`renderManifest: ${name} listed twice`);
    seen.add(name);
  }
  return [...entries].sort((a, b) => compareCodeUnits(a.name, b.name)).map((e) => `${e.sha256}  ${e.name}
`).join("");
}
function parseManifest(text, file) {
  const result = /* @__PURE__ */ new Map();
  const lines2 = text.split("\n");
  if (lines2[lines2.length - 1] === "") lines2.pop();
  lines2.forEach((raw, i) => {
    const location = { file, line: i + 1 };
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") throw new InputError("blank line in manifest", location);
    if (line.startsWith("\\")) throw new InputError("escaped file names are not accepted", location);
    const match = LINE.exec(line);
    if (match === null) {
      throw new InputError(
        `expected "<64 hex digits>  <file name>", got ${JSON.stringify(truncate(line))}`,
        location
      );
    }
    const [, hex = "", name = ""] = match;
    const problem = manifestNameProblem(name);
    if (problem !== null) throw new InputError(`${JSON.stringify(truncate(name))}: ${problem}`, location);
    if (result.has(name)) throw new InputError(`${name} is listed twice`, location);
    result.set(name, hex.toLowerCase());
  });
  return result;
}
function truncate(s) {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
var MANIFEST_NAME, LINE;
var init_manifest = __esm({
  "src/artifacts/manifest.ts"() {
    "use strict";
    init_errors();
    init_canonical();
    init_hash();
    MANIFEST_NAME = "SHA256SUMS";
    LINE = /^([0-9A-Fa-f]{64}) [ *](.*)$/s;
  }
});

// src/artifacts/artifact-set.ts
var PLAIN_NAME, ArtifactSet;
var init_artifact_set = __esm({
  "src/artifacts/artifact-set.ts"() {
    "use strict";
    init_canonical();
    init_hash();
    init_json_artifact();
    init_manifest();
    PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
    ArtifactSet = class {
      byName = /* @__PURE__ */ new Map();
      addJson(name, obj) {
        this.checkName(name);
        if (!name.endsWith(".json")) throw new Error(`ArtifactSet: JSON artifact ${name} must be named *.json`);
        const sealed = sealJson(obj);
        const file = this.put(name, new TextEncoder().encode(sealed.text));
        return { name, sha256: file.sha256, embeddedSha256: sealed.sha256 };
      }
      addText(name, text) {
        this.checkUnsealedName(name);
        const file = this.put(name, new TextEncoder().encode(text));
        return { name, sha256: file.sha256 };
      }
      addBytes(name, bytes) {
        this.checkUnsealedName(name);
        const file = this.put(name, Uint8Array.from(bytes));
        return { name, sha256: file.sha256 };
      }
      has(name) {
        return this.byName.has(name);
      }
      /** Every file added, sorted by name (the manifest is not among them). */
      files() {
        return [...this.byName.values()].sort((a, b) => compareCodeUnits(a.name, b.name));
      }
      /** SHA256SUMS for the files added so far. */
      manifest() {
        return { name: MANIFEST_NAME, text: renderManifest(this.files()) };
      }
      put(name, bytes) {
        const file = Object.freeze({ name, bytes, sha256: sha256Hex(bytes) });
        this.byName.set(name, file);
        return file;
      }
      checkName(name) {
        if (!PLAIN_NAME.test(name) || name.includes("..")) {
          throw new Error(
            `ArtifactSet: ${JSON.stringify(name)} is not a plain file name ([A-Za-z0-9._-], no "..")`
          );
        }
        if (name === MANIFEST_NAME) throw new Error(`ArtifactSet: ${MANIFEST_NAME} is written by manifest()`);
        if (this.byName.has(name)) throw new Error(`ArtifactSet: ${name} added twice`);
      }
      checkUnsealedName(name) {
        this.checkName(name);
        if (name.endsWith(".json"))
          throw new Error(`ArtifactSet: ${name} is JSON; add it with addJson so it is sealed`);
      }
    };
  }
});

// src/artifacts/verify.ts
function verifyArtifacts(files) {
  const problems = [];
  const manifestBytes = files.get(MANIFEST_NAME);
  const listed = manifestBytes === void 0 ? null : readManifest(manifestBytes, problems);
  if (manifestBytes === void 0) {
    problems.push({ file: MANIFEST_NAME, code: "MANIFEST_MISSING", message: `${MANIFEST_NAME} is missing` });
  }
  if (listed !== null) {
    for (const [name, expected2] of listed) {
      const bytes = files.get(name);
      if (bytes === void 0) {
        problems.push({
          file: name,
          code: "MISSING",
          message: `${name} is listed in ${MANIFEST_NAME} but missing`
        });
        continue;
      }
      const actual = sha256Hex(bytes);
      if (actual !== expected2) {
        problems.push({
          file: name,
          code: "HASH_MISMATCH",
          message: `${name}: sha256 mismatch: expected ${expected2} (${MANIFEST_NAME}), actual ${actual}`
        });
      }
    }
  }
  let checked = 0;
  for (const [name, bytes] of files) {
    if (name === MANIFEST_NAME) continue;
    checked++;
    if (listed !== null && !listed.has(name)) {
      problems.push({ file: name, code: "UNLISTED", message: `${name} is not listed in ${MANIFEST_NAME}` });
    }
    if (name.endsWith(".json")) {
      const problem = embeddedProblem(name, bytes);
      if (problem !== null) problems.push(problem);
    }
  }
  const codeOrder = (p) => CODE_ORDER.indexOf(p.code);
  problems.sort((a, b) => compareCodeUnits(a.file, b.file) || codeOrder(a) - codeOrder(b));
  return { ok: problems.length === 0, checked, problems };
}
function readManifest(bytes, problems) {
  let text;
  try {
    text = decodeUtf8(bytes);
  } catch {
    problems.push({ file: MANIFEST_NAME, code: "MANIFEST_INVALID", message: `${MANIFEST_NAME}: not UTF-8` });
    return null;
  }
  let listed;
  try {
    listed = parseManifest(text, MANIFEST_NAME);
  } catch (e) {
    if (!isInputError(e)) throw e;
    problems.push({ file: MANIFEST_NAME, code: "MANIFEST_INVALID", message: e.message });
    return null;
  }
  const canonical = renderManifest([...listed].map(([name, sha256]) => ({ name, sha256 })));
  if (text !== canonical) {
    problems.push({
      file: MANIFEST_NAME,
      code: "MANIFEST_INVALID",
      message: `${MANIFEST_NAME} is not in the form test-ladder writes (lower-case hex, two spaces, sorted by name, LF endings)`
    });
  }
  return listed;
}
function embeddedProblem(name, bytes) {
  let text;
  try {
    text = decodeUtf8(bytes);
  } catch {
    return {
      file: name,
      code: "EMBEDDED_HASH_MISSING",
      message: `${name}: not UTF-8, so no embedded sha256 to check`
    };
  }
  const check = checkEmbeddedHash(text);
  if (check.ok) return null;
  if (check.kind === "mismatch")
    return { file: name, code: "EMBEDDED_HASH_MISMATCH", message: `${name}: ${check.reason}` };
  return { file: name, code: "EMBEDDED_HASH_MISSING", message: `${name}: ${check.reason}` };
}
function decodeUtf8(bytes) {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
}
var CODE_ORDER;
var init_verify = __esm({
  "src/artifacts/verify.ts"() {
    "use strict";
    init_errors();
    init_canonical();
    init_hash();
    init_json_artifact();
    init_manifest();
    CODE_ORDER = [
      "MANIFEST_MISSING",
      "MANIFEST_INVALID",
      "MISSING",
      "UNLISTED",
      "HASH_MISMATCH",
      "EMBEDDED_HASH_MISSING",
      "EMBEDDED_HASH_MISMATCH"
    ];
  }
});

// src/artifacts/index.ts
var artifacts_exports = {};
__export(artifacts_exports, {
  ArtifactSet: () => ArtifactSet,
  EMBEDDED_HASH_FIELD: () => EMBEDDED_HASH_FIELD,
  MANIFEST_NAME: () => MANIFEST_NAME,
  SHA256_HEX: () => SHA256_HEX,
  canonicalJson: () => canonicalJson,
  checkEmbeddedHash: () => checkEmbeddedHash,
  compareCodeUnits: () => compareCodeUnits,
  manifestNameProblem: () => manifestNameProblem,
  parseManifest: () => parseManifest,
  prettyJson: () => prettyJson,
  renderManifest: () => renderManifest,
  sealJson: () => sealJson,
  sha256Hex: () => sha256Hex,
  verifyArtifacts: () => verifyArtifacts
});
var init_artifacts = __esm({
  "src/artifacts/index.ts"() {
    "use strict";
    init_canonical();
    init_hash();
    init_json_artifact();
    init_manifest();
    init_artifact_set();
    init_verify();
  }
});

// node_modules/semver/internal/constants.js
var require_constants2 = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants2();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants2();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse2 = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = (a, b, loose) => compare2(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = (a, b) => compare2(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse2();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build3 = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build3}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var constants = require_constants2();
    var SemVer = require_semver();
    var truncate2 = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease2(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease2 = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate2;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants2();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants2();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies2 = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies2;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies2 = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies2(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies2 = require_satisfies();
    var compare2 = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare2(a, b, options));
      for (const version of v) {
        const included = satisfies2(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies2 = require_satisfies();
    var compare2 = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare2(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies2(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies2(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies2(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants2();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse2();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate2 = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies2 = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate: truncate2,
      Comparator,
      Range,
      satisfies: satisfies2,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/analysis/versions.ts
function parseVersion(text) {
  const m = FULL.exec(text.trim());
  if (!m) return null;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] === void 0 ? [] : m[4].split(".").map((id) => /^\d+$/.test(id) ? Number(id) : id)
  };
}
function formatVersion(v) {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length === 0 ? core : `${core}-${v.prerelease.join(".")}`;
}
function isPrerelease(version) {
  return (parseVersion(version)?.prerelease.length ?? 0) > 0;
}
function minorPin(version) {
  const v = parseVersion(version);
  return v === null ? null : `${v.major}.${v.minor}`;
}
function minorChanged(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (x === null || y === null) return a !== b;
  return x.major !== y.major || x.minor !== y.minor;
}
function parseRange(spec) {
  if (spec.length > MAX_RANGE_LENGTH) return { problem: `longer than ${MAX_RANGE_LENGTH} characters` };
  const text = spec.trim().replace(/\s+/g, " ");
  if (text === "") return { problem: 'empty; write a version such as "3.11" or a range such as ">=8"' };
  if (/\|\|\s*(\|\||$)|^\s*\|\|/.test(text)) return { problem: 'an empty alternative around "||"' };
  const translated = fromPython(text);
  if ("problem" in translated) return translated;
  try {
    return { range: new import_semver.default.Range(translated.text) };
  } catch {
    return {
      problem: `"${shorten(spec)}" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")`
    };
  }
}
function satisfies(version, range) {
  const v = parseVersion(version);
  const r = parseRange(range);
  return v !== null && "range" in r && r.range.test(formatVersion(v));
}
function fromPython(text) {
  if (!/[,]|==|~=|!=/.test(text)) return { text };
  const out = [];
  for (const raw of text.split(",")) {
    const clause = raw.trim();
    if (clause === "") return { problem: "an empty clause between commas" };
    if (clause.startsWith("!=") || clause.startsWith("==="))
      return {
        problem: `"${shorten(clause)}": != and === are not supported; list the versions allowed instead`
      };
    const eq = /^==\s*(\d+(?:\.\d+){0,2})(\.\*)?$/.exec(clause);
    if (eq) {
      const parts = eq[1].split(".");
      if (eq[2] !== void 0) {
        out.push(parts.length >= 3 ? `=${eq[1]}` : `${eq[1]}.x`);
      } else {
        while (parts.length < 3) parts.push("0");
        out.push(`=${parts.join(".")}`);
      }
      continue;
    }
    const compatible = /^~=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(clause);
    if (compatible) {
      const [, M, m, p] = compatible;
      out.push(
        p === void 0 ? `>=${M}.${m}.0 <${Number(M) + 1}.0.0-0` : `>=${M}.${m}.${p} <${M}.${Number(m) + 1}.0-0`
      );
      continue;
    }
    if (clause.startsWith("==") || clause.startsWith("~="))
      return { problem: `"${shorten(clause)}" is not a version specifier this reads` };
    out.push(clause);
  }
  return { text: out.join(" ").replace(/\s+/g, " ") };
}
function shorten(s) {
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}
function coerceVersion(text) {
  const m = /(?<![\d.])v?(\d{1,15})\.(\d{1,15})(?:\.(\d{1,15}))?(?:[-.]?(alpha|beta|preview|pre|rc|dev|nightly|a|b)(?:[-.]?(\d{1,15}))?(?![A-Za-z]))?/i.exec(
    text
  );
  if (!m) return null;
  const core = `${Number(m[1])}.${Number(m[2])}.${Number(m[3] ?? 0)}`;
  if (m[4] === void 0) return core;
  const tag = m[4].toLowerCase();
  return m[5] === void 0 ? `${core}-${tag}` : `${core}-${tag}.${Number(m[5])}`;
}
var import_semver, MAX_DIGITS, NUMBER, IDENT, PRERELEASE, BUILD, FULL, MAX_RANGE_LENGTH;
var init_versions = __esm({
  "src/analysis/versions.ts"() {
    "use strict";
    import_semver = __toESM(require_semver2(), 1);
    MAX_DIGITS = 15;
    NUMBER = `(?:0|[1-9]\\d{0,${MAX_DIGITS - 1}})`;
    IDENT = `(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
    PRERELEASE = `(?:-(${IDENT}(?:\\.${IDENT})*))`;
    BUILD = `(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)`;
    FULL = new RegExp(`^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})${PRERELEASE}?${BUILD}?$`);
    MAX_RANGE_LENGTH = 256;
  }
});

// src/config/environment.ts
function environmentProblems(section) {
  if (!isMapping(section)) return [];
  const problems = [];
  const check = (pointer, spec) => {
    if (typeof spec !== "string") return;
    const parsed = parseRange(spec);
    if ("problem" in parsed) problems.push({ pointer, message: `not a version range: ${parsed.problem}` });
  };
  const runtimes = own(section, "runtimes");
  if (isMapping(runtimes))
    for (const [name, spec] of Object.entries(runtimes)) check(`/environment/runtimes/${escape2(name)}`, spec);
  const tools = own(section, "tools");
  if (isMapping(tools))
    for (const [name, spec] of Object.entries(tools)) {
      const pointer = `/environment/tools/${escape2(name)}`;
      if (isMapping(spec)) check(`${pointer}/range`, own(spec, "range"));
      else check(pointer, spec);
    }
  return problems;
}
function toEnvironmentConfig(section) {
  if (!isMapping(section)) return DEFAULT_ENVIRONMENT;
  const d = DEFAULT_ENVIRONMENT;
  const runtimes = own(section, "runtimes");
  const lockFiles = own(section, "lock-files");
  const requiredEnv = own(section, "required-env");
  const seed = own(section, "seed");
  const tools = own(section, "tools");
  const os = own(section, "os");
  const expected2 = own(section, "expected-signature");
  const timeout = own(section, "probe-timeout-ms");
  const detect = own(section, "detect-runtimes");
  return {
    runtimes: isMapping(runtimes) ? strings(runtimes) : d.runtimes,
    lockFiles: isMapping(lockFiles) ? Object.fromEntries(
      Object.entries(strings(lockFiles)).map(([p, v]) => [p, v === "present" ? v : v.toLowerCase()])
    ) : d.lockFiles,
    requiredEnv: Array.isArray(requiredEnv) ? requiredEnv.filter((v) => typeof v === "string") : d.requiredEnv,
    seed: {
      variable: isMapping(seed) && typeof seed["variable"] === "string" ? seed["variable"] : d.seed.variable,
      required: isMapping(seed) && typeof seed["required"] === "boolean" ? seed["required"] : d.seed.required
    },
    tools: isMapping(tools) ? Object.fromEntries(
      Object.entries(tools).flatMap(([name, spec]) => {
        if (typeof spec === "string") return [[name, { range: spec, command: null }]];
        if (isMapping(spec) && typeof spec["range"] === "string") {
          const command = spec["command"];
          return [
            [
              name,
              {
                range: spec["range"],
                command: Array.isArray(command) ? command.filter((c) => typeof c === "string") : null
              }
            ]
          ];
        }
        return [];
      })
    ) : d.tools,
    os: Array.isArray(os) ? os.filter((o) => OS_NAMES.includes(o)) : d.os,
    expectedSignature: typeof expected2 === "string" ? expected2 : d.expectedSignature,
    probeTimeoutMs: typeof timeout === "number" ? timeout : d.probeTimeoutMs,
    detectRuntimes: typeof detect === "boolean" ? detect : d.detectRuntimes
  };
}
function isMapping(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function own(m, key) {
  return Object.hasOwn(m, key) ? m[key] : void 0;
}
function strings(m) {
  return Object.fromEntries(Object.entries(m).filter((e) => typeof e[1] === "string"));
}
function escape2(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
var RUNTIMES, OS_NAMES, DEFAULT_SEED_VARIABLE, DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_ENVIRONMENT, ENV_NAME, REPO_PATH, TOOL_NAME, versionSpec, environmentSchema;
var init_environment = __esm({
  "src/config/environment.ts"() {
    "use strict";
    init_versions();
    RUNTIMES = ["node", "python", "go", "java", "ruby", "rust", "dotnet"];
    OS_NAMES = ["linux", "macos", "windows"];
    DEFAULT_SEED_VARIABLE = "TPR_SEED";
    DEFAULT_PROBE_TIMEOUT_MS = 2e3;
    DEFAULT_ENVIRONMENT = {
      runtimes: {},
      lockFiles: {},
      requiredEnv: [],
      seed: { variable: DEFAULT_SEED_VARIABLE, required: false },
      tools: {},
      os: [],
      expectedSignature: null,
      probeTimeoutMs: DEFAULT_PROBE_TIMEOUT_MS,
      detectRuntimes: true
    };
    ENV_NAME = "^[A-Za-z_][A-Za-z0-9_]*$";
    REPO_PATH = "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$";
    TOOL_NAME = "^[A-Za-z0-9][A-Za-z0-9._+-]*$";
    versionSpec = (what) => ({
      description: `${what}: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").`,
      type: "string",
      minLength: 1,
      maxLength: 256
    });
    environmentSchema = {
      description: "Environment validation: what the test environment must be before tests run (`mode: validate-env`, `test-ladder env`). Each mismatch is a reason code.",
      type: ["object", "null"],
      additionalProperties: false,
      properties: {
        runtimes: {
          description: "Runtime \u2192 expected version or range. Runtimes not listed are still detected from repository files and recorded, but not judged.",
          type: "object",
          additionalProperties: false,
          properties: Object.fromEntries(RUNTIMES.map((r) => [r, versionSpec(r)]))
        },
        "lock-files": {
          description: 'Repository-relative lock file path \u2192 its expected SHA-256 (64 hex digits) or "present". Lock files at the repository root are hashed whether listed or not.',
          type: "object",
          propertyNames: { type: "string", pattern: REPO_PATH, maxLength: 1024 },
          additionalProperties: {
            description: `The lock file's expected SHA-256 (64 hex digits), or "present" when only its presence is required.`,
            type: "string",
            pattern: "^(?:present|[0-9A-Fa-f]{64})$"
          }
        },
        "required-env": {
          description: "Environment variables that must be set and non-empty. Only their presence is recorded, never their values.",
          type: "array",
          uniqueItems: true,
          items: {
            description: "The name of an environment variable that must be set and non-empty.",
            type: "string",
            pattern: ENV_NAME
          }
        },
        seed: {
          description: "The reproducibility seed: a variable that, when set, must be an integer.",
          type: "object",
          additionalProperties: false,
          properties: {
            variable: {
              description: `The variable's name. Default: ${DEFAULT_SEED_VARIABLE}.`,
              type: "string",
              pattern: ENV_NAME,
              default: DEFAULT_SEED_VARIABLE
            },
            required: {
              description: "Whether a missing seed fails the gate. Default: false.",
              type: "boolean",
              default: false
            }
          }
        },
        tools: {
          description: 'Tool \u2192 expected version or range (`pytest: ">=8"`), or {range, command} when `<tool> --version` is not how the tool tells its version.',
          type: "object",
          propertyNames: { type: "string", pattern: TOOL_NAME, maxLength: 128 },
          additionalProperties: {
            description: "The expected version or range of this tool, or {range, command} to say how to ask it for its version.",
            type: ["string", "object"],
            minLength: 1,
            maxLength: 256,
            additionalProperties: false,
            required: ["range"],
            properties: {
              range: versionSpec("the expected version"),
              command: {
                description: "The command that prints the version, as a list: program then arguments. No shell.",
                type: "array",
                minItems: 1,
                maxItems: 16,
                items: {
                  description: "The program, then each argument, one per item.",
                  type: "string",
                  minLength: 1
                }
              }
            }
          }
        },
        os: {
          description: "Operating systems the tests may run on; any other fails with OS_MISMATCH.",
          type: "array",
          uniqueItems: true,
          minItems: 1,
          items: {
            description: "An operating system the tests may run on: linux, macos or windows.",
            enum: [...OS_NAMES]
          }
        },
        "expected-signature": {
          description: "A committed env.signature.json whose runtimes (same major.minor), tools (same major.minor), lock file hashes, present variables, seed and OS are expected. The keys above win over it.",
          type: "string",
          pattern: REPO_PATH
        },
        "probe-timeout-ms": {
          description: "Each version probe is stopped after this many milliseconds. Default: 2000.",
          type: "integer",
          minimum: 50,
          maximum: 6e4,
          default: DEFAULT_PROBE_TIMEOUT_MS
        },
        "detect-runtimes": {
          description: "Whether runtimes are detected from repository files (package.json, .nvmrc, pyproject.toml, go.mod, pom.xml, Gemfile, Cargo.toml, global.json, \u2026) and probed. Default: true.",
          type: "boolean",
          default: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ2 = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ2} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ2} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append2, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append2, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append2, errorPaths);
      }
      _error(append2, errorPaths) {
        ;
        (append2 ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines: lines2 } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines: lines2, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path6) {
      let input = path6;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path6) {
      if (path6 === "" || path6[0] === "/") {
        return removeDotSegments(path6);
      }
      const segments = path6.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path6 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path6 && path6 !== "/" ? path6 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize2(base, options), options);
        relative2 = parse(serialize2(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines: lines2 } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines: lines2 });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log2 = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log2](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// schema/test-ladder.schema.json
var test_ladder_schema_default;
var init_test_ladder_schema = __esm({
  "schema/test-ladder.schema.json"() {
    test_ladder_schema_default = {
      $schema: "http://json-schema.org/draft-07/schema#",
      title: "test-ladder.yml",
      description: "Configuration for test-ladder: quality gates for a repository's test run. Unknown keys are errors.",
      type: "object",
      additionalProperties: false,
      properties: {
        version: {
          description: "Version of this file's format. Only 1 exists; omit it or write 1.",
          const: 1
        },
        coverage: {
          description: "The coverage ladder: a baseline that may not regress past a tolerance, and a target due by a horizon date, with the floor rising from the baseline on `since` to the target on `horizon`; per-part tiers, a ratchet that raises the baseline, patch coverage of changed lines, and how report paths map to repository files.",
          type: ["object", "null"],
          additionalProperties: false,
          properties: {
            metric: {
              description: "Which figure the ladder judges: `line` (executable lines hit) or `branch` (branch outcomes taken). Default: line.",
              enum: ["line", "branch"],
              default: "line"
            },
            baseline: {
              description: "Percent (0 to 100) the project stood at when the ladder began. Coverage may not fall more than `tolerance` points below it, or below today's floor.",
              type: "number",
              minimum: 0,
              maximum: 100
            },
            tolerance: {
              description: "Allowed drop, in percentage points (0 to 100), below the baseline or today's floor before the gate fails. Default: 0.",
              type: "number",
              minimum: 0,
              maximum: 100,
              default: 0
            },
            target: {
              description: "Percent (0 to 100) due by `horizon`; at least `baseline`. Needs `horizon`, and `baseline` and `since` so the floor has both ends.",
              type: "number",
              minimum: 0,
              maximum: 100
            },
            since: {
              description: "Date the ladder began, YYYY-MM-DD (UTC); the floor equals the baseline on that day. Needs `baseline`.",
              type: "string",
              pattern: "^\\d{4}-\\d{2}-\\d{2}$",
              format: "date"
            },
            horizon: {
              description: "Date the target is due, YYYY-MM-DD (UTC), after `since`; the floor equals the target from then on. Needs `target`.",
              type: "string",
              pattern: "^\\d{4}-\\d{2}-\\d{2}$",
              format: "date"
            },
            tiers: {
              title: "a mapping of tier names to tiers (each a mapping with keys paths, target, each)",
              description: "Parts of the repository with targets of their own, each written under its name, for example `core: {paths: [src/core/**], target: 90}`. A tier passes when its files together (covered lines over executable lines, summed) reach the target; with `each: true` every file must. A tier whose globs match no file is reported as a mistake.",
              type: "object",
              additionalProperties: {
                title: "a mapping with keys paths, target, each",
                description: "One tier: the files it covers and the percent they must reach.",
                type: "object",
                additionalProperties: false,
                required: ["paths", "target"],
                properties: {
                  paths: {
                    title: "a list of at least one glob",
                    description: "Globs relative to the repository root, for example `src/core/**`. A file belongs to the tier when it matches one of them and none of the exclusions (globs starting with `!`). `*` does not cross a `/`; `**` does; dot folders are matched too.",
                    type: "array",
                    minItems: 1,
                    items: {
                      title: "a glob (a non-empty string)",
                      description: "A repository-relative glob, `/` between folders; start it with `!` to exclude what it matches.",
                      type: "string",
                      minLength: 1
                    }
                  },
                  target: {
                    description: "Percent (0 to 100) of the tier's executable lines (or branches, for `metric: branch`) that must be covered.",
                    type: "number",
                    minimum: 0,
                    maximum: 100
                  },
                  each: {
                    description: "When true, every file of the tier must reach the target on its own, not only the tier as a whole. Default: false.",
                    type: "boolean",
                    default: false
                  }
                }
              }
            },
            ratchet: {
              description: "Raise the baseline as coverage rises, so a gain cannot be given back: once coverage is `step` points or more above today's floor (the baseline, for a ladder without dates), the run proposes the measured percent, rounded down to two decimals, as the new baseline (the `new-baseline` output), and on a dated ladder under way today's date as the new `since`, so the floor climbs from there to the target. It never proposes anything lower, nor above the target. Needs `baseline`.",
              type: "object",
              additionalProperties: false,
              required: ["step"],
              properties: {
                step: {
                  description: "Percentage points (above 0, at most 100) coverage must rise above the baseline before a new baseline is proposed.",
                  type: "number",
                  exclusiveMinimum: 0,
                  maximum: 100
                }
              }
            },
            patch: {
              description: "Patch coverage: the share of executable lines a change adds or modifies that the tests cover.",
              type: "object",
              additionalProperties: false,
              required: ["target"],
              properties: {
                target: {
                  description: "Percent (0 to 100) of the changed executable lines that must be covered.",
                  type: "number",
                  minimum: 0,
                  maximum: 100
                },
                "min-lines": {
                  description: "Changes with fewer changed executable lines than this are not judged: a handful of lines makes a noisy percent. A whole number of at least 1. Default: 5.",
                  type: "integer",
                  minimum: 1,
                  default: 5
                }
              }
            },
            "path-prefix": {
              description: "Rewrite report paths before they are matched to repository files, for monorepos and containers: remove the longest matching `strip` prefix, then put `add` in front of paths that are relative. For example a report written inside a container at `/app` for the folder `services/api`: `{strip: [/app/], add: services/api/}`.",
              type: "object",
              additionalProperties: false,
              properties: {
                strip: {
                  title: "a list of at least one path prefix",
                  description: "Prefixes to remove from report paths, matched at folder boundaries, for example `/app/` or `build/`. The longest one that matches is removed.",
                  type: "array",
                  minItems: 1,
                  items: {
                    title: "a path prefix (a non-empty string)",
                    description: "A path prefix, absolute or relative.",
                    type: "string",
                    minLength: 1
                  }
                },
                add: {
                  title: "a folder relative to the repository root (a non-empty string)",
                  description: "The folder, relative to the repository root, that report paths are relative to, for example `services/api/`. Put in front of every relative report path (after `strip`).",
                  type: "string",
                  minLength: 1
                }
              }
            }
          }
        },
        environment: {
          description: "Environment validation: what the test environment must be before tests run (`mode: validate-env`, `test-ladder env`). Each mismatch is a reason code.",
          type: ["object", "null"],
          additionalProperties: false,
          properties: {
            runtimes: {
              description: "Runtime \u2192 expected version or range. Runtimes not listed are still detected from repository files and recorded, but not judged.",
              type: "object",
              additionalProperties: false,
              properties: {
                node: {
                  description: 'node: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").',
                  type: "string",
                  minLength: 1,
                  maxLength: 256
                },
                python: {
                  description: 'python: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").',
                  type: "string",
                  minLength: 1,
                  maxLength: 256
                },
                go: {
                  description: 'go: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").',
                  type: "string",
                  minLength: 1,
                  maxLength: 256
                },
                java: {
                  description: 'java: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").',
                  type: "string",
                  minLength: 1,
                  maxLength: 256
                },
                ruby: {
                  description: 'ruby: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").',
                  type: "string",
                  minLength: 1,
                  maxLength: 256
                },
                rust: {
                  description: 'rust: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").',
                  type: "string",
                  minLength: 1,
                  maxLength: 256
                },
                dotnet: {
                  description: 'dotnet: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").',
                  type: "string",
                  minLength: 1,
                  maxLength: 256
                }
              }
            },
            "lock-files": {
              description: 'Repository-relative lock file path \u2192 its expected SHA-256 (64 hex digits) or "present". Lock files at the repository root are hashed whether listed or not.',
              type: "object",
              propertyNames: {
                type: "string",
                pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$",
                maxLength: 1024
              },
              additionalProperties: {
                description: `The lock file's expected SHA-256 (64 hex digits), or "present" when only its presence is required.`,
                type: "string",
                pattern: "^(?:present|[0-9A-Fa-f]{64})$"
              }
            },
            "required-env": {
              description: "Environment variables that must be set and non-empty. Only their presence is recorded, never their values.",
              type: "array",
              uniqueItems: true,
              items: {
                description: "The name of an environment variable that must be set and non-empty.",
                type: "string",
                pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
              }
            },
            seed: {
              description: "The reproducibility seed: a variable that, when set, must be an integer.",
              type: "object",
              additionalProperties: false,
              properties: {
                variable: {
                  description: "The variable's name. Default: TPR_SEED.",
                  type: "string",
                  pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
                  default: "TPR_SEED"
                },
                required: {
                  description: "Whether a missing seed fails the gate. Default: false.",
                  type: "boolean",
                  default: false
                }
              }
            },
            tools: {
              description: 'Tool \u2192 expected version or range (`pytest: ">=8"`), or {range, command} when `<tool> --version` is not how the tool tells its version.',
              type: "object",
              propertyNames: {
                type: "string",
                pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$",
                maxLength: 128
              },
              additionalProperties: {
                description: "The expected version or range of this tool, or {range, command} to say how to ask it for its version.",
                type: ["string", "object"],
                minLength: 1,
                maxLength: 256,
                additionalProperties: false,
                required: ["range"],
                properties: {
                  range: {
                    description: 'the expected version: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").',
                    type: "string",
                    minLength: 1,
                    maxLength: 256
                  },
                  command: {
                    description: "The command that prints the version, as a list: program then arguments. No shell.",
                    type: "array",
                    minItems: 1,
                    maxItems: 16,
                    items: {
                      description: "The program, then each argument, one per item.",
                      type: "string",
                      minLength: 1
                    }
                  }
                }
              }
            },
            os: {
              description: "Operating systems the tests may run on; any other fails with OS_MISMATCH.",
              type: "array",
              uniqueItems: true,
              minItems: 1,
              items: {
                description: "An operating system the tests may run on: linux, macos or windows.",
                enum: ["linux", "macos", "windows"]
              }
            },
            "expected-signature": {
              description: "A committed env.signature.json whose runtimes (same major.minor), tools (same major.minor), lock file hashes, present variables, seed and OS are expected. The keys above win over it.",
              type: "string",
              pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$"
            },
            "probe-timeout-ms": {
              description: "Each version probe is stopped after this many milliseconds. Default: 2000.",
              type: "integer",
              minimum: 50,
              maximum: 6e4,
              default: 2e3
            },
            "detect-runtimes": {
              description: "Whether runtimes are detected from repository files (package.json, .nvmrc, pyproject.toml, go.mod, pom.xml, Gemfile, Cargo.toml, global.json, \u2026) and probed. Default: true.",
              type: "boolean",
              default: true
            }
          }
        }
      }
    };
  }
});

// src/config/positions.ts
function escapePointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function parentPointer(pointer) {
  if (pointer === "") return void 0;
  return pointer.slice(0, pointer.lastIndexOf("/"));
}
function nodeOffset(event) {
  const candidates = [];
  switch (event.type) {
    case EVENT_ID.SCALAR:
      if (event.valueStart >= 0) {
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        candidates.push(quoted ? event.valueStart - 1 : event.valueStart);
      }
      break;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      candidates.push(event.start);
      break;
    case EVENT_ID.ALIAS:
      return event.anchorStart - 1;
    default:
      return void 0;
  }
  if (event.anchorStart >= 0) candidates.push(event.anchorStart - 1);
  if (event.tagStart >= 0) candidates.push(event.tagStart);
  const valid = candidates.filter((c) => c >= 0);
  return valid.length === 0 ? void 0 : Math.min(...valid);
}
function keyString(source, event) {
  try {
    const [value] = constructFromEvents([DOCUMENT_START, event, POP], { source });
    return String(value);
  } catch {
    return getScalarValue(source, event);
  }
}
function indexPositions(source, events) {
  const nodes = /* @__PURE__ */ new Map();
  const sequenceItems = /* @__PURE__ */ new Set();
  const duplicates = [];
  const complexKeys = [];
  const stack = [];
  let documents = 0;
  let firstExplicitStart = false;
  let secondDocumentOffset;
  const entry = (pointer) => {
    let found = nodes.get(pointer);
    if (found === void 0) {
      found = {};
      nodes.set(pointer, found);
    }
    return found;
  };
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents === 1) firstExplicitStart = event.explicitStart;
      continue;
    }
    if (documents > 1) {
      if (secondDocumentOffset === void 0) secondDocumentOffset = nodeOffset(event);
      continue;
    }
    const parent = stack.at(-1);
    if (event.type === EVENT_ID.POP) {
      if (parent === void 0) continue;
      stack.pop();
      const owner = stack.at(-1);
      if (owner?.kind === "mapping") {
        if (parent.isKey) owner.key = null;
        owner.expectKey = !parent.isKey;
      }
      continue;
    }
    const offset = nodeOffset(event);
    if (parent?.kind === "mapping" && parent.expectKey) {
      parent.expectKey = false;
      parent.key = null;
      if (event.type === EVENT_ID.SCALAR) {
        const key = keyString(source, event);
        parent.key = key;
        if (parent.pointer !== null && offset !== void 0) {
          const pointer2 = `${parent.pointer}/${escapePointerSegment(key)}`;
          const firstOffset = parent.seen.get(key);
          if (firstOffset === void 0) {
            parent.seen.set(key, offset);
            entry(pointer2).key = offset;
          } else {
            duplicates.push({ pointer: pointer2, offset, firstOffset });
          }
        }
      } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
        if (parent.pointer !== null && offset !== void 0)
          complexKeys.push({ pointer: parent.pointer, offset });
        stack.push(frame(event.type === EVENT_ID.MAPPING ? "mapping" : "sequence", null, true));
      }
      continue;
    }
    let pointer = null;
    if (parent === void 0) {
      pointer = "";
    } else if (parent.kind === "sequence") {
      if (parent.pointer !== null) {
        pointer = `${parent.pointer}/${parent.index}`;
        sequenceItems.add(pointer);
      }
      parent.index += 1;
    } else if (parent.pointer !== null && parent.key !== null) {
      pointer = `${parent.pointer}/${escapePointerSegment(parent.key)}`;
    }
    if (pointer !== null && offset !== void 0 && entry(pointer).value === void 0)
      entry(pointer).value = offset;
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push(frame(event.type === EVENT_ID.MAPPING ? "mapping" : "sequence", pointer, false));
    } else if (parent?.kind === "mapping") {
      parent.expectKey = true;
    }
  }
  if (documents > 1 && secondDocumentOffset === void 0) {
    secondDocumentOffset = documentMarkers(source)[firstExplicitStart ? 1 : 0];
  }
  return { nodes, sequenceItems, duplicates, complexKeys, documents, secondDocumentOffset };
}
function documentMarkers(source) {
  return [...source.matchAll(/^---(?=[ \t\r\n]|$)/gm)].map((m) => m.index);
}
function frame(kind, pointer, isKey) {
  return { kind, pointer, isKey, expectKey: kind === "mapping", key: null, index: 0, seen: /* @__PURE__ */ new Map() };
}
function lineLocator(source) {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  const bom = source.charCodeAt(0) === 65279 ? 1 : 0;
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo] ?? 0;
    const shift = lo === 0 && offset > 0 ? bom : 0;
    return { line: lo + 1, column: offset - start - shift + 1 };
  };
}
var DOCUMENT_START, POP;
var init_positions = __esm({
  "src/config/positions.ts"() {
    "use strict";
    init_js_yaml();
    DOCUMENT_START = {
      type: EVENT_ID.DOCUMENT,
      explicitStart: false,
      explicitEnd: false,
      directives: []
    };
    POP = { type: EVENT_ID.POP };
  }
});

// src/config/types.ts
var DEFAULT_PATCH, DEFAULT_LADDER, DEFAULT_CONFIG, TIER_GLOB_OPTIONS, CONFIG_CANDIDATES;
var init_types = __esm({
  "src/config/types.ts"() {
    "use strict";
    init_environment();
    DEFAULT_PATCH = { target: null, minLines: 10 };
    DEFAULT_LADDER = {
      metric: "line",
      baseline: null,
      tolerance: 0,
      target: null,
      since: null,
      horizon: null,
      tiers: [],
      ratchet: null,
      patch: DEFAULT_PATCH,
      pathPrefix: null
    };
    DEFAULT_CONFIG = {
      file: null,
      coverage: DEFAULT_LADDER,
      environment: DEFAULT_ENVIRONMENT
    };
    TIER_GLOB_OPTIONS = { dot: true, strictBrackets: true };
    CONFIG_CANDIDATES = [
      "test-ladder.yml",
      "test-ladder.yaml",
      ".github/test-ladder.yml",
      ".github/test-ladder.yaml"
    ];
  }
});

// src/config/load.ts
function validator() {
  if (compiled === void 0) {
    const ajv = new import_ajv.Ajv({
      allErrors: true,
      strict: true,
      strictTypes: true,
      strictNumbers: true,
      // .nan and .inf are not numbers here
      allowUnionTypes: true,
      coerceTypes: false
    });
    ajv.addFormat("date", { type: "string", validate: isCalendarDate });
    compiled = ajv.compile(test_ladder_schema_default);
  }
  return compiled;
}
function parseConfig(text, file) {
  let events;
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH2 });
  } catch (e) {
    throw yamlError(e, file);
  }
  const index = indexPositions(text, events);
  const locate = lineLocator(text);
  if (index.documents === 0) return defaults(file);
  if (index.documents > 1) {
    const at = index.secondDocumentOffset === void 0 ? {} : locate(index.secondDocumentOffset);
    throw new InputError('expected one YAML document; found a second one (remove the "---" that starts it)', {
      file,
      ...at
    });
  }
  const where = new Positions(index);
  if (index.complexKeys.length > 0) {
    const message = "a key must be a plain word; found a list or mapping used as a key";
    throw new InputErrors(
      index.complexKeys.map(
        (k) => new InputError(`${where.label(k.pointer)}: ${message}`, { file, ...locate(k.offset) })
      )
    );
  }
  let data;
  try {
    const json = index.duplicates.length > 0;
    [data] = constructFromEvents(events, { source: text, filename: file, maxAliases: MAX_ALIASES, json });
  } catch (e) {
    throw yamlError(e, file);
  }
  if (data === null || data === void 0) return defaults(file);
  const problems = index.duplicates.map((d) => {
    const first = locate(d.firstOffset);
    return {
      offset: d.offset,
      text: `${where.label(d.pointer)}: duplicate key; first set at line ${first.line}, column ${first.column}`
    };
  });
  const validate = validator();
  const invalid = /* @__PURE__ */ new Set();
  if (!validate(data)) problems.push(...schemaProblems(data, validate.errors ?? [], where, invalid));
  problems.push(...ladderProblems(data, where, invalid));
  if (isMapping2(data) && !invalid.has("") && !invalid.has("/environment"))
    for (const p of environmentProblems(own2(data, "environment")))
      problems.push({ offset: where.key(p.pointer), text: `${where.label(p.pointer)}: ${p.message}` });
  if (problems.length > 0) {
    const ordered = problems.map((p, i) => ({ ...p, i })).sort((a, b) => a.offset - b.offset || a.i - b.i).map((p) => new InputError(p.text, { file, ...locate(p.offset) }));
    throw new InputErrors(ordered);
  }
  return toConfig(data, file);
}
function defaults(file) {
  return { file, coverage: { ...DEFAULT_LADDER }, environment: DEFAULT_ENVIRONMENT };
}
function yamlError(e, file) {
  if (e instanceof YAMLException) {
    const where = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : {};
    return new InputError(`invalid YAML: ${e.reason}${limitHint(e.reason)}`, { file, ...where });
  }
  return new InputError(`could not read YAML: ${e instanceof Error ? e.message : String(e)}`, { file });
}
function limitHint(reason) {
  if (reason.startsWith("unidentified alias")) {
    return "; a value that starts with * is read as an alias: quote it, as in '*.py'";
  }
  if (/^unknown (scalar )?tag !<!/.test(reason)) {
    return "; a value that starts with ! is read as a tag: quote it, as in '!src/legacy/**'";
  }
  if (reason.startsWith("aliases exceeded")) {
    return "; a config needs few aliases, so more are refused as a likely alias bomb";
  }
  if (reason.startsWith("nesting exceeded")) return "; a config is only a few levels deep";
  return "";
}
function schemaProblems(data, errors, where, invalid) {
  const problems = [];
  const missing = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (error.keyword === "required") {
      const key = String(error.params.missingProperty);
      const list = missing.get(error.instancePath);
      if (list) list.push(key);
      else missing.set(error.instancePath, [key]);
      continue;
    }
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const pointer2 = `${error.instancePath}/${escapePointerSegment(key)}`;
      const allowed = Object.keys(schemaAt(error.instancePath)?.properties ?? {});
      const guess = closest(key, allowed);
      problems.push({
        offset: where.key(pointer2),
        text: `${where.label(pointer2)}: unknown key; allowed: ${allowed.join(", ")}${guess === void 0 ? "" : ` (did you mean "${guess}"?)`}`
      });
      continue;
    }
    const pointer = error.instancePath;
    if (invalid.has(pointer)) continue;
    invalid.add(pointer);
    const node = schemaAt(pointer);
    const value = valueAt(data, pointer);
    const text = node === void 0 ? `${error.message ?? "invalid"}; found ${describe(value)}` : `expected ${expected(node)}; found ${describe(value)}${hint(node, value, pointer)}`;
    problems.push({ offset: where.value(pointer), text: `${where.label(pointer)}: ${text}` });
  }
  for (const [pointer, keys] of missing) {
    const required = schemaAt(pointer)?.required ?? keys;
    problems.push({
      offset: where.key(pointer),
      text: `${where.label(pointer)}: missing ${keys.length === 1 ? "key" : "keys"} ${keys.join(", ")}; required: ${required.join(", ")}`
    });
  }
  return problems;
}
function ladderProblems(data, where, invalid) {
  if (!isMapping2(data) || invalid.has("") || invalid.has("/coverage")) return [];
  const section = own2(data, "coverage");
  if (!isMapping2(section)) return [];
  const has = (key) => Object.hasOwn(section, key);
  const valid = (key) => has(key) && !invalid.has(`/coverage/${key}`) ? section[key] : void 0;
  const problems = [];
  const at = (key, text) => {
    const pointer = `/coverage/${key}`;
    problems.push({ offset: where.key(pointer), text: `${where.label(pointer)}: ${text}` });
  };
  if (has("target") && !has("horizon")) at("target", "needs coverage.horizon, the date the target is due");
  if (has("horizon") && !has("target")) at("horizon", "needs coverage.target, the percent due on that date");
  if (has("since") && !has("baseline")) {
    at("since", "needs coverage.baseline, the percent the ladder starts from on that date");
  }
  if (has("target") && has("horizon") && !has("since")) {
    const missing = has("baseline") ? "coverage.since" : "coverage.baseline and coverage.since";
    at(
      "target",
      `needs ${missing}: the floor rises from the baseline on since to the target on horizon, so it needs both ends`
    );
  }
  const target = valid("target");
  const baseline = valid("baseline");
  if (typeof target === "number" && typeof baseline === "number" && target < baseline) {
    at(
      "target",
      `${target} is below coverage.baseline (${baseline}); the target must be at least the baseline`
    );
  }
  const horizon = valid("horizon");
  const since = valid("since");
  if (typeof horizon === "string" && typeof since === "string" && horizon <= since) {
    at(
      "horizon",
      `${horizon} is on or before coverage.since (${since}); the target must be due after the ladder begins`
    );
  }
  if (has("ratchet") && !has("baseline"))
    at("ratchet", "needs coverage.baseline, the percent the ratchet raises");
  const push = (pointer, offset, text) => problems.push({ offset, text: `${where.label(pointer)}: ${text}` });
  const tiers = valid("tiers");
  if (isMapping2(tiers)) {
    for (const [name, spec] of Object.entries(tiers)) {
      const pointer = `/coverage/tiers/${escapePointerSegment(name)}`;
      if (name.trim() === "") push(pointer, where.key(pointer), "a tier needs a name: write it as the key");
      const paths = isMapping2(spec) && !invalid.has(pointer) ? own2(spec, "paths") : void 0;
      if (!Array.isArray(paths) || invalid.has(`${pointer}/paths`)) continue;
      paths.forEach((glob2, i) => {
        const at2 = `${pointer}/paths/${i}`;
        const problem = typeof glob2 === "string" && !invalid.has(at2) ? globProblem(glob2) : void 0;
        if (problem !== void 0) push(at2, where.value(at2), problem);
      });
      if (paths.every((glob2) => typeof glob2 === "string" && glob2.startsWith("!"))) {
        push(
          `${pointer}/paths`,
          where.key(`${pointer}/paths`),
          "needs at least one glob that is not an exclusion: a glob starting with ! only takes files away from the others"
        );
      }
    }
  }
  const prefix = valid("path-prefix");
  if (isMapping2(prefix)) {
    if (!Object.hasOwn(prefix, "strip") && !Object.hasOwn(prefix, "add")) {
      at(
        "path-prefix",
        "needs strip, add or both: the prefixes to remove from report paths, and the folder to put in front of them"
      );
    }
    const add2 = own2(prefix, "add");
    const pointer = "/coverage/path-prefix/add";
    if (typeof add2 === "string" && !invalid.has(pointer)) {
      const problem = relativeFolderProblem(add2);
      if (problem !== void 0) push(pointer, where.value(pointer), problem);
    }
  }
  return problems;
}
function globProblem(glob2) {
  const shown = JSON.stringify(shorten2(glob2));
  const body = glob2.startsWith("!") ? glob2.slice(1) : glob2;
  if (body === "") return `${shown} excludes nothing: write the glob to exclude after the !`;
  if (/^(\/|[A-Za-z]:[\\/])/.test(body)) {
    const relative2 = body.startsWith("/") && body.length > 1 ? ` (write ${JSON.stringify(shorten2(body.slice(1)))})` : "";
    return `${shown} is absolute; tier globs are relative to the repository root${relative2}`;
  }
  if (/(^|\/)\.\.(\/|$)/.test(body)) {
    return `${shown} uses ..; tier globs are relative to the repository root and cannot reach outside it`;
  }
  if (/\\[A-Za-z0-9_]/.test(body)) {
    return `${shown} has a backslash between folders; write / (in a glob, \\ makes the next character literal)`;
  }
  try {
    (0, import_picomatch2.default)(body, TIER_GLOB_OPTIONS);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `${shown} is not a valid glob: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  }
  return void 0;
}
function relativeFolderProblem(folder) {
  const shown = JSON.stringify(shorten2(folder));
  if (/^([\\/]|[A-Za-z]:[\\/])/.test(folder)) {
    return `${shown} is absolute; add is the folder, relative to the repository root, that report paths are relative to (for example services/api/); remove absolute prefixes with strip`;
  }
  let depth = 0;
  for (const segment of folder.split(/[\\/]/)) {
    if (segment === "..") depth -= 1;
    else if (segment !== "" && segment !== ".") depth += 1;
    if (depth < 0) return `${shown} reaches outside the repository; add is a folder inside it`;
  }
  return void 0;
}
function toConfig(data, file) {
  const environment = toEnvironmentConfig(isMapping2(data) ? own2(data, "environment") : void 0);
  const section = isMapping2(data) ? own2(data, "coverage") : void 0;
  if (!isMapping2(section)) return { ...defaults(file), environment };
  const given = camelCaseKeys(section);
  const tiers = own2(section, "tiers");
  const ratchet = own2(section, "ratchet");
  const patch = own2(section, "patch");
  const prefix = own2(section, "path-prefix");
  return {
    file,
    coverage: {
      ...DEFAULT_LADDER,
      ...given,
      tiers: isMapping2(tiers) ? Object.entries(tiers).map(([name, spec]) => toTier(name, spec)) : [],
      ratchet: isMapping2(ratchet) ? { step: ratchet["step"] } : null,
      patch: isMapping2(patch) ? {
        target: patch["target"],
        minLines: own2(patch, "min-lines") ?? DEFAULT_PATCH.minLines
      } : { ...DEFAULT_PATCH },
      pathPrefix: isMapping2(prefix) ? toPathPrefix(prefix) : null
    },
    environment
  };
}
function toTier(name, spec) {
  const s = spec;
  return {
    name,
    paths: [...s["paths"]],
    target: s["target"],
    each: own2(s, "each") ?? false
  };
}
function toPathPrefix(prefix) {
  return {
    strip: [...own2(prefix, "strip") ?? []],
    add: own2(prefix, "add") ?? ""
  };
}
function camelCaseKeys(mapping) {
  return Object.fromEntries(
    Object.entries(mapping).map(([key, value]) => [
      key.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase()),
      value
    ])
  );
}
function schemaAt(pointer) {
  let node = SCHEMA;
  for (const segment of pointerSegments(pointer)) {
    if (node === void 0) return void 0;
    const properties = node.properties;
    if (properties !== void 0 && Object.hasOwn(properties, segment)) node = properties[segment];
    else if (node.items !== void 0 && /^\d+$/.test(segment)) node = node.items;
    else if (typeof node.additionalProperties === "object") node = node.additionalProperties;
    else node = void 0;
  }
  return node;
}
function valueAt(data, pointer) {
  let value = data;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else if (isMapping2(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return void 0;
  }
  return value;
}
function expected(node) {
  if (node.title !== void 0 && node !== SCHEMA) return node.title;
  if (node.const !== void 0) return JSON.stringify(node.const);
  if (node.enum !== void 0) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  const types = typeof node.type === "string" ? [node.type] : node.type ?? [];
  if (types.includes("object")) return `a mapping with keys ${Object.keys(node.properties ?? {}).join(", ")}`;
  if (types.includes("number") || types.includes("integer")) {
    const what = types.includes("integer") ? "a whole number" : "a number";
    const { minimum: min, exclusiveMinimum: above, maximum: max } = node;
    if (above !== void 0)
      return max === void 0 ? `${what} above ${above}` : `${what} above ${above} and at most ${max}`;
    if (min !== void 0 && max !== void 0) return `${what} from ${min} to ${max}`;
    if (min !== void 0) return `${what} of at least ${min}`;
    if (max !== void 0) return `${what} of at most ${max}`;
    return what;
  }
  if (types.includes("string")) return node.format === "date" ? "a date written YYYY-MM-DD" : "a string";
  if (types.includes("boolean")) return "true or false";
  return types.join(" or ");
}
function describe(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null (no value)";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  switch (typeof value) {
    case "string":
      return `the string ${JSON.stringify(shorten2(value))}`;
    case "boolean":
      return `the boolean ${value}`;
    case "number":
      if (Number.isNaN(value)) return ".nan (not a number)";
      if (!Number.isFinite(value)) return `${value > 0 ? "" : "-"}.inf (infinity)`;
      return String(value);
    case "object":
      return "a mapping";
    default:
      return typeof value;
  }
}
function hint(node, value, pointer) {
  const types = typeof node.type === "string" ? [node.type] : node.type ?? [];
  if (pointer === "/coverage/tiers" && Array.isArray(value)) {
    return "; write each tier under its name instead of as a list item, for example core: {paths: [src/core/**], target: 90}";
  }
  const only = node.required?.length === 1 ? node.required[0] : void 0;
  if (types.includes("object") && only !== void 0 && (typeof value === "number" || typeof value === "string")) {
    return `; write it as {${only}: ${flowScalar(value)}}`;
  }
  if (types.includes("array") && typeof value === "string")
    return `; write it as a list: [${flowScalar(value)}]`;
  if (typeof value !== "string") return "";
  if (types.includes("number")) {
    const numeric = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?\s*$/.exec(value);
    return numeric ? `; write it as a plain number: ${numeric[1]}` : "";
  }
  if (node.enum !== void 0) {
    const guess = closest(
      value,
      node.enum.filter((v) => typeof v === "string")
    );
    return guess === void 0 ? "" : ` (did you mean "${guess}"?)`;
  }
  if (node.format === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return ", which is not a real date";
  return "";
}
function flowScalar(value) {
  if (typeof value === "number") return String(value);
  const text = shorten2(value);
  const plain2 = /^[A-Za-z0-9_./][^,[\]{}#:]*$/.test(text) && !/\s$/.test(text);
  return plain2 ? text : `'${text.replace(/'/g, "''")}'`;
}
function isCalendarDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}
function closest(word, candidates) {
  if (word.length > SHOWN_CHARS) return void 0;
  const squash = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = squash(word) === squash(candidate) ? 0 : editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === void 0) return void 0;
  return bestDistance <= (best.length <= 4 ? 1 : 2) ? best : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function isMapping2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function own2(mapping, key) {
  return Object.hasOwn(mapping, key) ? mapping[key] : void 0;
}
function shorten2(text) {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}\u2026` : text;
}
var import_ajv, import_picomatch2, MAX_DEPTH2, MAX_ALIASES, SHOWN_CHARS, SCHEMA, compiled, Positions;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    init_environment();
    import_ajv = __toESM(require_ajv(), 1);
    init_js_yaml();
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    init_test_ladder_schema();
    init_errors();
    init_positions();
    init_types();
    MAX_DEPTH2 = 20;
    MAX_ALIASES = 50;
    SHOWN_CHARS = 60;
    SCHEMA = test_ladder_schema_default;
    Positions = class {
      constructor(index) {
        this.index = index;
      }
      index;
      /** Where the key is written; for the root or an unknown position, the nearest written ancestor. */
      key(pointer) {
        const node = this.index.nodes.get(pointer);
        return node?.key ?? node?.value ?? this.ancestor(pointer);
      }
      /** Where the value is written; the key when the value is empty. */
      value(pointer) {
        const node = this.index.nodes.get(pointer);
        return node?.value ?? node?.key ?? this.ancestor(pointer);
      }
      ancestor(pointer) {
        for (let p = parentPointer(pointer); p !== void 0; p = parentPointer(p)) {
          const node = this.index.nodes.get(p);
          const offset = node?.value ?? node?.key;
          if (offset !== void 0) return offset;
        }
        return 0;
      }
      label(pointer) {
        if (pointer === "") return "top level";
        let out = "";
        let at = "";
        for (const segment of pointerSegments(pointer)) {
          at = `${at}/${escapePointerSegment(segment)}`;
          if (this.index.sequenceItems.has(at)) out += `[${segment}]`;
          else if (/^[A-Za-z0-9_-]+$/.test(segment))
            out += out === "" ? shorten2(segment) : `.${shorten2(segment)}`;
          else out += `${out === "" ? "" : "."}${JSON.stringify(shorten2(segment))}`;
        }
        return out;
      }
    };
  }
});

// src/events/taxonomy.ts
function isEventName(value) {
  return typeof value === "string" && NAMES.has(value);
}
var EVENT_NAMES, NAMES;
var init_taxonomy = __esm({
  "src/events/taxonomy.ts"() {
    "use strict";
    EVENT_NAMES = [
      "metrics_capture_start",
      "metrics_capture_complete",
      "environment_validation_start",
      "environment_validation_ok",
      "environment_validation_fail",
      "failfast_mode_applied",
      "early_exit_detected",
      "property_test_start",
      "property_test_complete",
      "flake_scan_complete",
      "coverage_ladder_recorded",
      "foundation_checkpoint_emitted",
      "logging_deficit",
      "risk_trigger"
    ];
    NAMES = new Set(EVENT_NAMES);
  }
});

// src/events/redact.ts
function isSecretKey(key) {
  const squashed = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  return SECRET_KEY_PARTS.some((part) => squashed.includes(part));
}
function createRedactor(secrets) {
  const envValues = [...new Set(secrets.envValues)].filter((v) => typeof v === "string" && v.length >= MIN_ENV_VALUE_LENGTH).sort((a, b) => b.length - a.length);
  const text = (s) => redactText(s, envValues);
  return { value: (v) => redactValue(v, text, /* @__PURE__ */ new Set()), text };
}
function redactText(text, envValues) {
  const spans = [];
  for (const value of envValues) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
      spans.push([at, at + value.length]);
    }
  }
  for (const { regex } of SECRET_PATTERNS) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const span = match.indices?.groups?.["secret"] ?? match.indices?.[0];
      if (span !== void 0 && span[1] > span[0]) spans.push([span[0], span[1]]);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = "";
  let cursor = 0;
  let open = null;
  for (const [start, end] of spans) {
    if (open !== null && start <= open[1]) {
      open[1] = Math.max(open[1], end);
      continue;
    }
    if (open !== null) {
      out += REDACTED;
      cursor = open[1];
    }
    out += text.slice(cursor, start);
    open = [start, end];
  }
  if (open !== null) {
    out += REDACTED;
    cursor = open[1];
  }
  return out + text.slice(cursor);
}
function redactValue(value, text, path6) {
  switch (typeof value) {
    case "string":
      return text(value);
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "bigint":
      return text(value.toString());
    case "object":
      break;
    default:
      return null;
  }
  if (value === null) return null;
  if (path6.has(value)) return "[circular]";
  path6.add(value);
  try {
    return redactObject(value, text, path6);
  } finally {
    path6.delete(value);
  }
}
function redactObject(value, text, path6) {
  if (Array.isArray(value)) {
    const out = [];
    for (let i = 0; i < value.length; i++) out.push(redactValue(value[i], text, path6));
    return out;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (value instanceof Set) return [...value].map((v) => redactValue(v, text, path6));
  if (value instanceof Map)
    return redactEntries(
      [...value].map(([k, v]) => [String(k), v]),
      text,
      path6
    );
  if (value instanceof Error) {
    const fields = [
      ["name", value.name],
      ["message", value.message]
    ];
    return redactEntries([...fields, ...ownEntries(value)], text, path6);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const toJSON = value.toJSON;
    if (typeof toJSON === "function") {
      const replaced = toJSON.call(value);
      if (replaced !== value) return redactValue(replaced, text, path6);
    }
  }
  return redactEntries(ownEntries(value), text, path6);
}
function ownEntries(value) {
  return Object.keys(value).map((k) => [k, value[k]]);
}
function redactEntries(entries, text, path6) {
  const out = {};
  for (const [rawKey, raw] of entries) {
    if (raw === void 0 || typeof raw === "function" || typeof raw === "symbol") continue;
    let key = text(rawKey);
    for (let n = 2; Object.hasOwn(out, key); n++) key = `${text(rawKey)}#${n}`;
    const hidden = isSecretKey(rawKey) && raw !== null && typeof raw !== "boolean";
    const redacted = hidden ? REDACTED : redactValue(raw, text, path6);
    Object.defineProperty(out, key, {
      value: redacted,
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return out;
}
var REDACTED, MIN_ENV_VALUE_LENGTH, SECRET_PATTERNS, SECRET_KEY_PARTS;
var init_redact = __esm({
  "src/events/redact.ts"() {
    "use strict";
    REDACTED = "[redacted]";
    MIN_ENV_VALUE_LENGTH = 4;
    SECRET_PATTERNS = [
      { name: "github-token", regex: /gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,}/dg },
      { name: "jwt", regex: /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/dg },
      { name: "bearer", regex: /\bBearer\s+(?<secret>[A-Za-z0-9._~+/-]+=*)/dgi },
      { name: "authorization-header", regex: /\bauthorization\s*[:=]\s*(?<secret>[^\r\n"']+)/dgi },
      { name: "aws-access-key", regex: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/dg },
      { name: "npm-token", regex: /\bnpm_[A-Za-z0-9]{36}\b/dg },
      { name: "slack-token", regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}/dg },
      { name: "google-api-key", regex: /\bAIza[0-9A-Za-z_-]{35}/dg },
      {
        name: "assignment",
        // The prefix is bounded so that a long identifier cannot make matching quadratic.
        regex: /\b[A-Za-z0-9_.-]{0,64}?(?:password|passwd|passphrase|token|secret|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)["']?\s*[:=]\s*(?<secret>"[^"\r\n]*"|'[^'\r\n]*'|[^\s&;,"'}\]]+)/dgi
      },
      {
        name: "url-credentials",
        regex: /\b[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s/?#@:]*:(?<secret>[^\s/?#@]+)@/dg
      },
      {
        name: "pem-private-key",
        // An unterminated key (a truncated message) is hidden to the end of the string.
        regex: /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----|$)/dg
      }
    ];
    SECRET_KEY_PARTS = [
      "token",
      "password",
      "passwd",
      "passphrase",
      "secret",
      "authorization",
      "apikey",
      "privatekey",
      "accesskey",
      "credential"
    ];
  }
});

// src/events/log.ts
function toLine(e) {
  const line = {
    timestamp: e.timestamp,
    event: e.event,
    run_id: e.run_id,
    correlation_id: e.correlation_id
  };
  for (const key of Object.keys(e.context)) {
    Object.defineProperty(line, key, {
      value: e.context[key],
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return JSON.stringify(line).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
var FIXED_FIELDS, FIXED, EventLog;
var init_log = __esm({
  "src/events/log.ts"() {
    "use strict";
    init_redact();
    init_taxonomy();
    FIXED_FIELDS = ["timestamp", "event", "run_id", "correlation_id"];
    FIXED = new Set(FIXED_FIELDS);
    EventLog = class {
      constructor(opts) {
        this.opts = opts;
        this.redactor = createRedactor({ envValues: opts.envValues });
      }
      opts;
      logged = [];
      redactor;
      /**
       * Record an event. Context keys named like a fixed field are dropped: a line's event, run and time
       * must be the logger's, whatever a caller passes.
       */
      emit(event, context = {}) {
        if (!isEventName(event)) throw new Error(`EventLog: unknown event ${JSON.stringify(event)}`);
        const redacted = this.redactor.value(context);
        const clean = {};
        if (typeof redacted === "object" && redacted !== null && !Array.isArray(redacted)) {
          for (const key of Object.keys(redacted)) {
            if (FIXED.has(key)) continue;
            Object.defineProperty(clean, key, {
              value: redacted[key],
              enumerable: true,
              writable: true,
              configurable: true
            });
          }
        }
        this.logged.push(
          Object.freeze({
            timestamp: this.opts.clock().toISOString(),
            event,
            run_id: this.opts.runId,
            correlation_id: this.opts.correlationId,
            context: clean
          })
        );
      }
      events() {
        return [...this.logged];
      }
      /** Whether `event` was emitted at least once. */
      has(event) {
        return this.logged.some((e) => e.event === event);
      }
      /** The file's text: one line per event, each newline-terminated; empty when nothing was emitted. */
      toJsonl() {
        return this.logged.map((e) => `${toLine(e)}
`).join("");
      }
    };
  }
});

// src/events/audit.ts
function auditEvents(log2, expected2) {
  const emitted = new Set(log2.events().map((e) => e.event));
  const missing = [...new Set(expected2)].filter((name) => !emitted.has(name));
  for (const name of missing) log2.emit("logging_deficit", { missing_event: name });
  return { missing };
}
var init_audit = __esm({
  "src/events/audit.ts"() {
    "use strict";
  }
});

// src/events/correlation.ts
function newCorrelationId(random) {
  const bytes = Uint8Array.from(random(16)).slice(0, 16);
  if (bytes.length < 16) throw new Error(`newCorrelationId: needs 16 random bytes, got ${bytes.length}`);
  bytes[6] = (bytes[6] ?? 0) & 15 | 64;
  bytes[8] = (bytes[8] ?? 0) & 63 | 128;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var init_correlation = __esm({
  "src/events/correlation.ts"() {
    "use strict";
  }
});

// src/events/index.ts
var init_events = __esm({
  "src/events/index.ts"() {
    "use strict";
    init_taxonomy();
    init_redact();
    init_log();
    init_audit();
    init_correlation();
  }
});

// src/analysis/totals.ts
var totals_exports = {};
__export(totals_exports, {
  fileBranches: () => fileBranches,
  fileLines: () => fileLines,
  fileStatements: () => fileStatements,
  metricOf: () => metricOf,
  ratio: () => ratio,
  sum: () => sum,
  totals: () => totals
});
function ratio(covered, total) {
  return { covered, total, percent: total === 0 ? null : covered / total * 100 };
}
function fileLines(f) {
  let covered = 0;
  for (const h of f.hits) if (h > 0) covered++;
  return ratio(covered, f.lines.length);
}
function fileBranches(f) {
  let covered = 0;
  let total = 0;
  for (const b of f.branches) {
    total += b.outcomes.length;
    for (const h of b.outcomes) if (h > 0) covered++;
  }
  return ratio(covered, total);
}
function fileStatements(f) {
  if (!f.blocks) return null;
  let covered = 0;
  let total = 0;
  for (const b of f.blocks) {
    total += b.statements;
    if (b.hits > 0) covered += b.statements;
  }
  return ratio(covered, total);
}
function totals(report2) {
  const files = report2.files.map((f) => {
    const statements = fileStatements(f);
    return {
      path: f.path,
      lines: fileLines(f),
      branches: fileBranches(f),
      ...statements ? { statements } : {}
    };
  });
  const withStatements = files.flatMap((f) => f.statements ? [f.statements] : []);
  return {
    lines: sum(files.map((f) => f.lines)),
    branches: sum(files.map((f) => f.branches)),
    ...withStatements.length > 0 ? { statements: sum(withStatements) } : {},
    files
  };
}
function sum(counters) {
  let covered = 0;
  let total = 0;
  for (const c of counters) {
    covered += c.covered;
    total += c.total;
  }
  return ratio(covered, total);
}
function metricOf(t, metric) {
  return metric === "line" ? t.lines : t.branches;
}
var init_totals = __esm({
  "src/analysis/totals.ts"() {
    "use strict";
  }
});

// src/formats/coverage/cobertura-write.ts
function writeCobertura(report2, opts) {
  return writeRepresentable(coberturaView(report2).report, opts);
}
function coberturaView(report2) {
  let outcomes = 0;
  let covered = 0;
  const files = report2.files.map((f) => {
    const listed = new Set(f.lines);
    const keep = f.branches.filter((b) => listed.has(b.line));
    if (keep.length === f.branches.length) return f;
    for (const b of f.branches)
      if (!listed.has(b.line)) {
        outcomes += b.outcomes.length;
        covered += b.outcomes.filter((h) => h > 0).length;
      }
    return { ...f, branches: keep };
  });
  return { report: { ...report2, files }, dropped: { outcomes, covered } };
}
function writeRepresentable(report2, opts) {
  const t = totals(report2);
  const rate = (c) => c.total === 0 ? "1" : (c.covered / c.total).toFixed(4);
  const out = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<coverage line-rate="${rate(t.lines)}" branch-rate="${rate(t.branches)}" lines-covered="${t.lines.covered}" lines-valid="${t.lines.total}" branches-covered="${t.branches.covered}" branches-valid="${t.branches.total}" complexity="0" version="${esc(opts.version)}" timestamp="${opts.timestamp}">`
  );
  out.push("  <sources>", "    <source>.</source>", "  </sources>", "  <packages>");
  const byDir = /* @__PURE__ */ new Map();
  for (const f of report2.files) {
    const dir = f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/")) : ".";
    const list = byDir.get(dir);
    if (list) list.push(f);
    else byDir.set(dir, [f]);
  }
  for (const [dir, files] of byDir) {
    const lines2 = files.reduce((a, f) => add(a, fileLines(f)), { covered: 0, total: 0 });
    const branches = files.reduce((a, f) => add(a, fileBranches(f)), { covered: 0, total: 0 });
    out.push(
      `    <package name="${esc(dir)}" line-rate="${rate(lines2)}" branch-rate="${rate(branches)}" complexity="0">`,
      "      <classes>"
    );
    for (const f of files) {
      const name = f.path.slice(f.path.lastIndexOf("/") + 1);
      out.push(
        `        <class name="${esc(name)}" filename="${esc(f.path)}" line-rate="${rate(fileLines(f))}" branch-rate="${rate(fileBranches(f))}" complexity="0">`,
        "          <methods/>",
        "          <lines>"
      );
      let b = 0;
      for (let i = 0; i < f.lines.length; i++) {
        const line = f.lines[i];
        while (b < f.branches.length && f.branches[b].line < line) b++;
        const point = f.branches[b]?.line === line ? f.branches[b] : void 0;
        if (point && point.outcomes.length > 0) {
          const covered = point.outcomes.filter((h) => h > 0).length;
          const n = point.outcomes.length;
          const p = Math.round(covered / n * 100);
          out.push(
            `            <line number="${line}" hits="${f.hits[i]}" branch="true" condition-coverage="${p}% (${covered}/${n})"/>`
          );
        } else {
          out.push(`            <line number="${line}" hits="${f.hits[i]}" branch="false"/>`);
        }
      }
      out.push("          </lines>", "        </class>");
    }
    out.push("      </classes>", "    </package>");
  }
  out.push("  </packages>", "</coverage>", "");
  return out.join("\n");
}
function add(a, b) {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}
function esc(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
var init_cobertura_write = __esm({
  "src/formats/coverage/cobertura-write.ts"() {
    "use strict";
    init_totals();
  }
});

// src/formats/tests/producers.ts
function producerInfo(id) {
  return PRODUCERS[id];
}
function detectProducer(e) {
  const schema = e.schemaLocation ?? "";
  if (schema.includes("failsafe-test-report")) return "failsafe";
  if (schema.includes("surefire-test-report")) return "surefire";
  if (e.goVersionProperty) return "go";
  if (e.rootName === "testsuites" && (e.rootTitle === "nextest-run" || e.rootKeys.includes("uuid")))
    return "nextest";
  if (e.firstSuiteTitle === "pytest") return "pytest";
  if (e.rootName === "testsuites" && e.rootTitle === "jest tests") return "jest-junit";
  if (e.rootName === "testsuites" && e.rootTitle === "vitest tests") return "vitest";
  if (e.rootName === "testsuites" && e.rootTitle === "Mocha Tests" || e.firstSuiteTitle === "Root Suite")
    return "mocha-junit-reporter";
  if (e.rootName === "testsuites" && sameKeys(e.rootKeys, PLAYWRIGHT_ROOT)) return "playwright";
  if (e.assertionsAttribute) return "phpunit";
  if (e.rootName === "testsuites" && e.rootKeys.length === 0 && NODE_TAIL.test(e.tail)) return "node-test";
  if (e.rootName === "testsuite" && sameKeys(e.firstSuiteKeys, GRADLE_SUITE)) return "gradle";
  if (e.javaProperties) return "surefire";
  return null;
}
function sameKeys(a, b) {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
var PRODUCERS, UNKNOWN_PRODUCER, PLAYWRIGHT_ROOT, GRADLE_SUITE, NODE_TAIL;
var init_producers = __esm({
  "src/formats/tests/producers.ts"() {
    "use strict";
    PRODUCERS = {
      pytest: {
        id: "pytest",
        timeUnit: "seconds",
        duplicates: "phases",
        dropsRetries: "pytest writes no trace of reruns (pytest-rerunfailures --reruns): a test that passed on a rerun reads as a plain pass, so pass-on-retry flakes are invisible in this report"
      },
      "jest-junit": {
        id: "jest-junit",
        timeUnit: "seconds",
        duplicates: "distinct",
        dropsRetries: "jest-junit writes no trace of retries (jest.retryTimes): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report"
      },
      vitest: {
        id: "vitest",
        timeUnit: "seconds",
        duplicates: "distinct",
        dropsRetries: "vitest's JUnit reporter writes no trace of retries (`retry`): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report"
      },
      "node-test": { id: "node-test", timeUnit: "seconds", duplicates: "distinct" },
      "mocha-junit-reporter": {
        id: "mocha-junit-reporter",
        timeUnit: "seconds",
        duplicates: "distinct",
        dropsRetries: "mocha-junit-reporter writes no trace of retries (this.retries()): a test that passed on a retry reads as a plain pass, so pass-on-retry flakes are invisible in this report"
      },
      playwright: {
        id: "playwright",
        timeUnit: "seconds",
        duplicates: "distinct",
        // Only without `includeRetries`: the reader warns when the report holds no retry element.
        dropsRetries: "Playwright's JUnit reporter writes retries only with includeRetries (or PLAYWRIGHT_JUNIT_INCLUDE_RETRIES=1) and this report holds none: a test that passed on a retry reads as a plain pass"
      },
      go: { id: "go", timeUnit: "seconds", duplicates: "attempts" },
      surefire: { id: "surefire", timeUnit: "seconds", duplicates: "attempts" },
      failsafe: { id: "failsafe", timeUnit: "seconds", duplicates: "attempts" },
      gradle: { id: "gradle", timeUnit: "seconds", duplicates: "attempts" },
      nextest: { id: "nextest", timeUnit: "seconds", duplicates: "attempts" },
      phpunit: { id: "phpunit", timeUnit: "seconds", duplicates: "distinct" }
    };
    UNKNOWN_PRODUCER = { timeUnit: "seconds", duplicates: "attempts" };
    PLAYWRIGHT_ROOT = ["id", "name", "tests", "failures", "skipped", "errors", "time"];
    GRADLE_SUITE = ["name", "tests", "skipped", "failures", "errors", "timestamp", "hostname", "time"];
    NODE_TAIL = /<!-- tests \d+ -->\s*<!-- suites \d+ -->/;
  }
});

// src/formats/tests/junit.ts
var junit_exports = {};
__export(junit_exports, {
  MAX_MESSAGE: () => MAX_MESSAGE,
  isFlaky: () => isFlaky,
  parseJunit: () => parseJunit,
  parseSeconds: () => parseSeconds,
  testId: () => testId
});
function parseJunit(text, file, options = {}) {
  const written = [];
  const suites = [];
  const suiteStack = [];
  let depth = 0;
  let caseDepth = -1;
  let current = null;
  let retryDepth = -1;
  let captureDepth = -1;
  let captureRetry = false;
  let rootName = "";
  let rootKeys = [];
  let rootTitle;
  let firstSuiteKeys = null;
  let firstSuiteTitle;
  let schemaLocation;
  let goVersionProperty = false;
  let javaProperties = false;
  let assertionsAttribute = false;
  let declaredRootSkipped = null;
  let retryElements = 0;
  readXml(
    text,
    { file, maxTextLength: MAX_MESSAGE },
    {
      open(name, attrs) {
        depth++;
        if (depth === 1) {
          if (name !== "testsuites" && name !== "testsuite")
            throw new InputError(
              `expected a JUnit <testsuites> or <testsuite> root element, found <${name}>`,
              {
                file
              }
            );
          rootName = name;
          rootKeys = Object.keys(attrs);
          rootTitle = attrs["name"];
          schemaLocation = attrs["xsi:noNamespaceSchemaLocation"];
          declaredRootSkipped = count(attrs["skipped"]);
        }
        if (name === "testsuite") {
          if (current) return;
          if (firstSuiteKeys === null) {
            firstSuiteKeys = Object.keys(attrs);
            firstSuiteTitle = attrs["name"];
            schemaLocation ??= attrs["xsi:noNamespaceSchemaLocation"];
          }
          if (attrs["assertions"] !== void 0) assertionsAttribute = true;
          const parent = suiteStack[suiteStack.length - 1];
          const suite = {
            title: attrs["name"] ?? "",
            declaredTests: count(attrs["tests"]),
            cases: 0
          };
          suites.push(suite);
          suiteStack.push({
            file: attrs["file"] || parent?.file,
            host: attrs["hostname"] ?? parent?.host,
            count: suite
          });
          return;
        }
        if (name === "property" && !current) {
          const key = attrs["name"] ?? "";
          if (key === "go.version") goVersionProperty = true;
          else if (key.startsWith("java.")) javaProperties = true;
          return;
        }
        if (name === "testcase") {
          if (current)
            throw new InputError(`<testcase> nested inside <testcase name="${current.name}">`, { file });
          const suite = suiteStack[suiteStack.length - 1];
          if (suite) suite.count.cases++;
          if (attrs["assertions"] !== void 0) assertionsAttribute = true;
          const skippedByAttribute = SKIP_STATUS.has(attrs["status"] ?? "") || SKIP_STATUS.has(attrs["result"] ?? "");
          current = {
            name: attrs["name"] ?? "",
            classname: attrs["classname"] ?? "",
            file: attrs["file"] || suite?.file,
            time: attrs["time"],
            outcome: skippedByAttribute ? "skipped" : "passed",
            message: "",
            errorType: void 0,
            skipType: void 0,
            retries: [],
            suiteHost: suite?.host
          };
          caseDepth = depth;
          return;
        }
        if (!current) return;
        if (depth === caseDepth + 1) {
          switch (name) {
            case "failure":
            case "error": {
              const outcome = name === "failure" ? "failed" : "error";
              if (outcome === "error") current.errorType ??= attrs["type"] ?? "";
              current.outcome = worse(current.outcome, outcome);
              if (current.message === "") {
                current.message = attrs["message"] ? `${attrs["message"]}
` : "";
                captureDepth = depth;
                captureRetry = false;
              }
              return;
            }
            case "skipped":
              current.outcome = worse(current.outcome, "skipped");
              current.skipType ??= attrs["type"] ?? "";
              return;
            case "flakyFailure":
            case "flakyError":
            case "rerunFailure":
            case "rerunError": {
              retryElements++;
              current.retries.push({
                kind: name.startsWith("flaky") ? "flaky" : "rerun",
                outcome: name.endsWith("Failure") ? "failed" : "error",
                time: attrs["time"],
                message: attrs["message"] ? `${attrs["message"]}
` : ""
              });
              retryDepth = depth;
              captureDepth = depth;
              captureRetry = true;
              return;
            }
            default:
              return;
          }
        }
        if (retryDepth !== -1 && depth === retryDepth + 1 && name === "stackTrace") {
          captureDepth = depth;
          captureRetry = true;
        }
      },
      close(name) {
        if (depth === captureDepth) captureDepth = -1;
        if (depth === retryDepth) retryDepth = -1;
        if (name === "testsuite" && !current) suiteStack.pop();
        if (name === "testcase" && current && depth === caseDepth) {
          written.push(current);
          current = null;
          caseDepth = -1;
        }
        depth--;
      },
      text(chunk) {
        if (depth !== captureDepth || !current || !/\S/.test(chunk)) return;
        if (captureRetry) {
          const r = current.retries[current.retries.length - 1];
          r.message = append(r.message, chunk);
        } else current.message = append(current.message, chunk);
      }
    }
  );
  const evidence = {
    rootName,
    rootKeys,
    rootTitle,
    firstSuiteKeys: firstSuiteKeys ?? [],
    firstSuiteTitle,
    schemaLocation,
    goVersionProperty,
    javaProperties,
    assertionsAttribute,
    tail: text.length > TAIL ? text.slice(-TAIL) : text
  };
  const producer = detectProducer(evidence);
  const info = producer ? producerInfo(producer) : { id: null, ...UNKNOWN_PRODUCER };
  const fixups = [];
  const warnings = [];
  const label = producer ?? "unknown producer";
  let commaTimes = 0;
  const unit = options.timeUnit ?? info.timeUnit;
  const seconds2 = (raw) => {
    const n = parseSeconds(raw);
    if (n !== null && raw.includes(",")) commaTimes++;
    return n === null ? null : unit === "milliseconds" ? n / 1e3 : n;
  };
  let risky = 0;
  let xfail = 0;
  let projectNamed = 0;
  for (const w of written) {
    if (producer === "phpunit" && w.outcome === "error" && w.errorType === PHPUNIT_RISKY) {
      w.outcome = "passed";
      w.message = "";
      risky++;
    }
    if (producer === "pytest" && w.skipType === "pytest.xfail") xfail++;
    if (producer === "playwright" && w.suiteHost && !w.name.startsWith(`[${w.suiteHost}] `)) {
      w.name = `[${w.suiteHost}] ${w.name}`;
      projectNamed++;
    }
  }
  if (risky > 0)
    fixups.push(
      `phpunit: ${plural(risky, "risky test")} written as <error type="${PHPUNIT_RISKY}"> counted passed, as PHPUnit counts it (risky is not an error unless --fail-on-risky)`
    );
  if (xfail > 0)
    fixups.push(`pytest: ${plural(xfail, "xfail test")} (<skipped type="pytest.xfail">) counted skipped`);
  if (projectNamed > 0)
    fixups.push(
      `playwright: the project (the suite's hostname) is put before ${plural(projectNamed, "test name")}, as includeProjectInTestName does, so one test in two projects is two tests`
    );
  const root = options.root ? norm(options.root).replace(/\/+$/, "") : void 0;
  const tests = [];
  const byId = /* @__PURE__ */ new Map();
  let folded = 0;
  let sharedIds = 0;
  for (const w of written) {
    const caseFile = w.file ? relativeTo(norm(w.file), root) : void 0;
    const id = testId(caseFile, w.classname, w.name);
    const attempts = attemptsOf(w, seconds2);
    const seen = byId.get(id);
    if (seen && info.duplicates !== "distinct") {
      folded++;
      if (info.duplicates === "attempts") seen.attempts.push(...attempts);
      else mergePhase(seen.attempts, attempts);
      continue;
    }
    if (seen) sharedIds++;
    const group = { id, written: w, file: caseFile, attempts };
    tests.push(group);
    if (!seen) byId.set(id, group);
  }
  if (folded > 0) fixups.push(duplicatesFixup(label, info.duplicates, folded));
  if (sharedIds > 0)
    warnings.push(
      `${label}: ${plural(sharedIds, "testcase")} share${sharedIds === 1 ? "s" : ""} file, classname and name with an earlier one; ${producer} never repeats a test for a retry, so each is counted as a test of its own`
    );
  if (retryElements > 0)
    fixups.push(
      `${label}: ${plural(retryElements, "retry element")} (flakyFailure, flakyError, rerunFailure, rerunError) read as attempts`
    );
  if (commaTimes > 0)
    fixups.push(`${label}: ${plural(commaTimes, "time")} written with a comma read as seconds`);
  if (unit === "milliseconds") fixups.push(`${label}: times are milliseconds; divided by 1000`);
  const cases = [];
  const flakyIds = [];
  for (const g of tests) {
    const c = toCase(g);
    cases.push(c);
    if (c.attempts && isFlaky(c.attempts)) flakyIds.push(c.id);
  }
  if (info.dropsRetries && (producer !== "playwright" || retryElements === 0))
    warnings.push(info.dropsRetries);
  if (producer === "go") goNotes(cases, fixups);
  if (producer === "jest-junit") {
    for (const s of suites) {
      if (s.declaredTests !== null && s.cases > s.declaredTests)
        warnings.push(
          `jest-junit: suite ${JSON.stringify(s.title)} lists ${s.cases} testcases but declares tests="${s.declaredTests}": jest-junit writes a todo test as a testcase with no outcome, so ${plural(s.cases - s.declaredTests, "todo test")} read${s.cases - s.declaredTests === 1 ? "s" : ""} as passed`
        );
    }
  }
  if (producer === "mocha-junit-reporter" && declaredRootSkipped !== null) {
    const listed = written.filter((w) => w.outcome === "skipped").length;
    if (declaredRootSkipped > listed)
      warnings.push(
        `mocha-junit-reporter: the root declares skipped="${declaredRootSkipped}" but lists ${listed} skipped testcases: pending tests are left out unless includePending is set, so ${plural(declaredRootSkipped - listed, "skipped test")} ${declaredRootSkipped - listed === 1 ? "is" : "are"} not counted`
      );
  }
  if (producer === "nextest")
    warnings.push("nextest leaves skipped tests out of its JUnit report: none is counted as skipped");
  return { sources: [file], cases, flakyIds, producer, fixups, warnings };
}
function worse(a, b) {
  return RANK[b] > RANK[a] ? b : a;
}
function attemptsOf(w, seconds2) {
  const own3 = attempt(w.outcome, seconds2(w.time), w.message);
  if (w.retries.length === 0) return [own3];
  const retries = w.retries.map((r) => attempt(r.outcome, seconds2(r.time), r.message));
  return w.retries.some((r) => r.kind === "rerun") ? [own3, ...retries] : [...retries, own3];
}
function attempt(outcome, duration2, message) {
  const kept = outcome === "failed" || outcome === "error" ? message.trim() : "";
  return kept ? { outcome, duration: duration2, message: copyString(kept) } : { outcome, duration: duration2 };
}
function mergePhase(into, phase) {
  const last = into[into.length - 1];
  const next = phase[phase.length - 1];
  const outcome = worse(last.outcome, next.outcome);
  const duration2 = last.duration === null && next.duration === null ? null : Math.round(((last.duration ?? 0) + (next.duration ?? 0)) * 1e9) / 1e9;
  const message = last.message ?? next.message;
  into[into.length - 1] = message && (outcome === "failed" || outcome === "error") ? { outcome, duration: duration2, message } : { outcome, duration: duration2 };
}
function toCase(g) {
  const { attempts, written: w } = g;
  let final = attempts[attempts.length - 1];
  for (let i = attempts.length - 1; i >= 0; i--) {
    if (attempts[i].outcome !== "skipped") {
      final = attempts[i];
      break;
    }
  }
  let duration2 = null;
  for (const a of attempts) if (a.duration !== null) duration2 = (duration2 ?? 0) + a.duration;
  if (duration2 !== null && attempts.length > 1) duration2 = Math.round(duration2 * 1e9) / 1e9;
  return {
    id: g.id,
    name: copyString(w.name),
    classname: copyString(w.classname),
    ...g.file ? { file: copyString(g.file) } : {},
    outcome: final.outcome,
    duration: duration2,
    ...final.message ? { message: final.message } : {},
    ...attempts.length > 1 ? { attempts } : {}
  };
}
function isFlaky(attempts) {
  let final = -1;
  for (let i = attempts.length - 1; i >= 0; i--) {
    if (attempts[i].outcome !== "skipped") {
      final = i;
      break;
    }
  }
  if (final <= 0 || attempts[final].outcome !== "passed") return false;
  return attempts.slice(0, final).some((a) => a.outcome === "failed" || a.outcome === "error");
}
function duplicatesFixup(label, policy, folded) {
  return policy === "phases" ? `${label}: ${plural(folded, "repeated testcase")} (a teardown or setup written apart from its call) merged into the test's run; an error outranks a failure` : `${label}: ${plural(folded, "repeated testcase")} (same file, classname and name) read as retries: each is an attempt of one test`;
}
function goNotes(cases, fixups) {
  const failed = new Set(
    cases.filter((c) => c.outcome === "failed" || c.outcome === "error").map((c) => c.id)
  );
  const parents = /* @__PURE__ */ new Set();
  for (const id of failed) {
    const from = id.lastIndexOf("::") + 2;
    for (let i = id.indexOf("/", from); i !== -1; i = id.indexOf("/", i + 1)) {
      const parent = id.slice(0, i);
      if (failed.has(parent)) parents.add(parent);
    }
  }
  if (parents.size > 0) {
    const names = cases.filter((c) => parents.has(c.id)).map((c) => c.name);
    fixups.push(
      `go: ${plural(names.length, "parent test")} failed because a subtest failed (${names.slice(0, 5).join(", ")}${names.length > 5 ? ", \u2026" : ""}); go reports the parent and the subtest, and both are counted`
    );
  }
  if (cases.some((c) => c.attempts))
    fixups.push(
      "go: gotestsum lists failed runs before passed ones, so the attempts of a test are in that order, not the order they ran"
    );
}
function testId(file, classname, name) {
  const fold = (s) => s.replace(/\s+/g, " ").trim();
  const parts = [fold(norm(classname)), fold(norm(name))];
  return file ? [fold(norm(file)), ...parts].join("::") : parts.join("::");
}
function norm(s) {
  return s.replace(/\\/g, "/");
}
function relativeTo(file, root) {
  if (!root) return file;
  if (file.startsWith(`${root}/`)) return file.slice(root.length + 1);
  return file;
}
function parseSeconds(raw) {
  if (raw === void 0) return null;
  let s = raw.trim();
  if (s === "") return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : null;
}
function count(raw) {
  if (raw === void 0 || !/^\s*\d+\s*$/.test(raw)) return null;
  return Number(raw);
}
function append(kept, chunk) {
  return kept.length >= MAX_MESSAGE ? kept : kept + chunk.slice(0, MAX_MESSAGE - kept.length);
}
function plural(n, what) {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}
function copyString(s) {
  return JSON.parse(JSON.stringify(s));
}
var MAX_MESSAGE, TAIL, SKIP_STATUS, PHPUNIT_RISKY, RANK;
var init_junit = __esm({
  "src/formats/tests/junit.ts"() {
    "use strict";
    init_errors();
    init_xml();
    init_producers();
    MAX_MESSAGE = 4096;
    TAIL = 1024;
    SKIP_STATUS = /* @__PURE__ */ new Set(["disabled", "skipped", "notrun", "suppressed"]);
    PHPUNIT_RISKY = "PHPUnit\\Framework\\RiskyTestError";
    RANK = { passed: 0, skipped: 1, failed: 2, error: 3 };
  }
});

// src/analysis/crosscheck.ts
var crosscheck_exports = {};
__export(crosscheck_exports, {
  declaredMismatches: () => declaredMismatches
});
function declaredMismatches(report2) {
  const out = [];
  const t = totals(report2);
  for (const source of report2.sources) {
    if (report2.sources.length !== 1) break;
    for (const what of ["lines", "branches"]) {
      const declared2 = source.declared?.[what];
      const counted = t[what];
      if (declared2 && (declared2.covered !== counted.covered || declared2.total !== counted.total))
        out.push({
          file: source.file,
          what,
          declared: declared2,
          counted: { covered: counted.covered, total: counted.total }
        });
    }
  }
  return out;
}
var init_crosscheck = __esm({
  "src/analysis/crosscheck.ts"() {
    "use strict";
    init_totals();
  }
});

// src/report/format.ts
var format_exports = {};
__export(format_exports, {
  fixed2: () => fixed2,
  pct: () => pct,
  pp: () => pp,
  seconds: () => seconds
});
function pct(n) {
  return n === null ? "n/a" : `${n.toFixed(2)} %`;
}
function pp(n, signed = false) {
  if (n === null) return "n/a";
  const s = n.toFixed(2);
  return `${signed && n >= 0 ? "+" : ""}${s === "-0.00" ? "0.00" : s} pp`;
}
function fixed2(n) {
  if (n === null || n === void 0) return "";
  const s = n.toFixed(2);
  return s === "-0.00" ? "0.00" : s;
}
function seconds(n) {
  if (n === null) return "n/a";
  if (n === 0) return "0 ms";
  if (n < 1e-3) return `${(n * 1e3).toPrecision(2)} ms`;
  return n < 1 ? `${(n * 1e3).toFixed(n < 0.01 ? 1 : 0)} ms` : `${n.toFixed(2)} s`;
}
var init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
  }
});

// src/analysis/delta.ts
function compareCoverage(base, head, metric) {
  const count2 = metric === "line" ? fileLines : fileBranches;
  const before = new Map(base.files.map((f) => [f.path, f]));
  const after = new Map(head.files.map((f) => [f.path, f]));
  const paths = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort(comparePaths);
  const files = [];
  let added = 0;
  let removed = 0;
  for (const path6 of paths) {
    const b = before.get(path6);
    const a = after.get(path6);
    const rb2 = b ? count2(b) : null;
    const ra2 = a ? count2(a) : null;
    const coveredChange = (ra2?.covered ?? 0) - (rb2?.covered ?? 0);
    const uncoveredChange = uncovered(ra2) - uncovered(rb2);
    const lostLines = b && a ? lost(b, a, metric) : null;
    const status = !b ? "added" : !a ? "removed" : "kept";
    if (status === "added") added += 1;
    if (status === "removed") removed += 1;
    const same = status === "kept" && rb2.covered === ra2.covered && rb2.total === ra2.total && !lostLines?.length;
    if (same) continue;
    files.push({
      path: path6,
      status,
      before: rb2,
      after: ra2,
      change: rb2?.percent != null && ra2?.percent != null ? ra2.percent - rb2.percent : null,
      coveredChange,
      uncoveredChange,
      lostLines
    });
  }
  files.sort(
    (x, y) => y.uncoveredChange - x.uncoveredChange || x.coveredChange - y.coveredChange || comparePaths(x.path, y.path)
  );
  const total = (r) => sum(r.files.map(count2));
  const rb = total(base);
  const ra = total(head);
  return {
    metric,
    before: rb,
    after: ra,
    change: rb.percent !== null && ra.percent !== null ? ra.percent - rb.percent : null,
    files,
    added,
    removed
  };
}
function explainDrop(delta) {
  if (delta.change === null || delta.change >= -EPSILON) return null;
  for (const f of delta.files) {
    if (f.status === "kept" && (f.uncoveredChange > 0 || (f.lostLines?.length ?? 0) > 0)) return null;
    if (f.status === "added" && uncovered(f.after) > 0) return null;
  }
  let removedCovered = 0;
  let files = 0;
  let deletedFiles = 0;
  for (const f of delta.files) {
    if (f.coveredChange >= 0) continue;
    removedCovered -= f.coveredChange;
    files += 1;
    if (f.status === "removed") deletedFiles += 1;
  }
  const what = delta.metric === "line" ? ["line", "lines"] : ["branch", "branches"];
  const noun = (n, [one, many]) => `${n} ${n === 1 ? one : many}`;
  const deleted = deletedFiles === 0 ? "" : `, ${noun(deletedFiles, ["file", "files"])} deleted`;
  return {
    code: "DROP_FROM_REMOVED_CODE",
    message: `${delta.metric} coverage fell ${pp(-delta.change)} only because covered ${what[1]} were removed (${noun(removedCovered, what)} in ${noun(files, ["file", "files"])}${deleted}); no file has more uncovered ${what[1]} than before and no new file has any`,
    evidence: {
      before: delta.before.percent,
      after: delta.after.percent,
      change: delta.change,
      removedCovered,
      files,
      deletedFiles,
      uncoveredBefore: delta.before.total - delta.before.covered,
      uncoveredAfter: delta.after.total - delta.after.covered
    }
  };
}
function uncovered(r) {
  return r === null ? 0 : r.total - r.covered;
}
function lost(b, a, metric) {
  const out = [];
  if (metric === "line") {
    if (b.lines.length !== a.lines.length || b.lines.some((l, i) => a.lines[i] !== l)) return null;
    b.lines.forEach((line, i) => {
      if ((b.hits[i] ?? 0) > 0 && (a.hits[i] ?? 0) === 0) out.push(line);
    });
    return out;
  }
  const same = b.branches.length === a.branches.length && b.branches.every(
    (p, i) => a.branches[i]?.line === p.line && a.branches[i]?.outcomes.length === p.outcomes.length
  );
  if (!same) return null;
  b.branches.forEach((p, i) => {
    const now = a.branches[i].outcomes;
    if (p.outcomes.some((h, k) => h > 0 && (now[k] ?? 0) === 0)) out.push(p.line);
  });
  return out;
}
var EPSILON;
var init_delta = __esm({
  "src/analysis/delta.ts"() {
    "use strict";
    init_build();
    init_format();
    init_totals();
    EPSILON = 1e-9;
  }
});

// src/analysis/diff.ts
var diff_exports = {};
__export(diff_exports, {
  MAX_CHANGED_LINES: () => MAX_CHANGED_LINES,
  parseUnifiedDiff: () => parseUnifiedDiff
});
function parseUnifiedDiff(text, file, opts = {}) {
  const maxChangedLines = opts.maxChangedLines ?? MAX_CHANGED_LINES;
  const out = /* @__PURE__ */ new Map();
  let total = 0;
  let section = null;
  let hunk = null;
  let justEnded = false;
  let lineNo = 0;
  let pos = 0;
  const len = text.length;
  const fail3 = (message, line = lineNo) => {
    throw new InputError(message, { file, line });
  };
  const finish = () => {
    if (!section) return;
    const s = section;
    section = null;
    if (s.deleted || s.binary) return;
    const path6 = s.path ?? s.headerPath;
    if (path6 === null) {
      if (s.lines.length === 0) return;
      fail3("a file section has hunks but no `+++` line or readable `diff --git` names; cannot tell its path");
    }
    const lines2 = s.sorted ? s.lines : sortUnique(s.lines);
    const seen = out.get(path6);
    out.set(path6, seen ? sortUnique(seen.concat(lines2)) : lines2);
  };
  const newSection = (git) => ({
    path: null,
    headerPath: null,
    stripPrefix: false,
    git,
    sawOld: false,
    sawNew: false,
    hunks: 0,
    deleted: false,
    binary: false,
    lines: [],
    sorted: true
  });
  while (pos < len) {
    lineNo++;
    let end = text.indexOf("\n", pos);
    if (end < 0) end = len;
    const lineStart = pos;
    pos = end + 1;
    let lineEnd = end;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CH_CR) lineEnd--;
    const first = lineEnd > lineStart ? text.charCodeAt(lineStart) : -1;
    if (hunk) {
      const h = hunk;
      if (first === CH_PLUS) {
        if (h.newLeft === 0) badCount(h, "added", fail3);
        h.newLeft--;
        if (++total > maxChangedLines)
          fail3(`the diff adds more than ${maxChangedLines} lines; refusing to hold them all`);
        const s2 = section;
        const last = s2.lines.length > 0 ? s2.lines[s2.lines.length - 1] : 0;
        if (h.next <= last) s2.sorted = false;
        s2.lines.push(h.next);
        h.next++;
      } else if (first === CH_MINUS) {
        if (h.oldLeft === 0) badCount(h, "removed", fail3);
        h.oldLeft--;
      } else if (first === CH_SPACE || first === -1) {
        if (h.oldLeft === 0 || h.newLeft === 0) badCount(h, "context", fail3);
        h.oldLeft--;
        h.newLeft--;
        h.next++;
      } else if (first === CH_BACKSLASH) {
        continue;
      } else {
        fail3(
          `the hunk at line ${h.at} (${h.header}) still expects ${h.oldLeft} old and ${h.newLeft} new lines, but this line is not part of a hunk`
        );
      }
      if (h.oldLeft === 0 && h.newLeft === 0) {
        hunk = null;
        justEnded = true;
      }
      continue;
    }
    if (first === CH_BACKSLASH) continue;
    const line = text.slice(lineStart, lineEnd);
    const ended = justEnded;
    justEnded = false;
    if (line.startsWith("@@")) {
      if (line.startsWith("@@@"))
        fail3("a combined (merge) diff is not supported; diff the merge base against HEAD instead");
      if (!section || !section.git && !section.sawNew)
        fail3("a hunk before any file header (`diff --git` or `---`/`+++`)");
      const m = HUNK_HEADER.exec(line);
      if (!m) fail3("a hunk header must read `@@ -start,count +start,count @@`");
      const oldCount = m[2] === void 0 ? 1 : Number(m[2]);
      const newStart = Number(m[3]);
      const newCount = m[4] === void 0 ? 1 : Number(m[4]);
      if (newStart > MAX_LINE_NUMBER || newStart + newCount > MAX_LINE_NUMBER)
        fail3(`line numbers above ${MAX_LINE_NUMBER} in a hunk header`);
      if (newCount > 0 && newStart === 0) fail3("a hunk header with new lines must start at line 1 or later");
      if (oldCount === 0 && newCount === 0) fail3("a hunk header that counts no lines at all");
      const s2 = section;
      s2.hunks++;
      hunk = { oldLeft: oldCount, newLeft: newCount, next: newStart, at: lineNo, header: m[0] };
      continue;
    }
    if (ended && isStrayHunkLine(line))
      fail3("more lines follow the hunk than its header counts (the hunk ended on the line before)");
    if (line.startsWith("diff --git ")) {
      finish();
      const s2 = newSection(true);
      const names = gitHeaderNames(line.slice("diff --git ".length), fail3);
      if (names) {
        s2.stripPrefix = hasPrefixes(names.old, names.new);
        s2.headerPath = cleanPath2(s2.stripPrefix ? names.new.slice(2) : names.new);
      }
      section = s2;
      continue;
    }
    if (line.startsWith("diff --cc ") || line.startsWith("diff --combined "))
      fail3("a combined (merge) diff is not supported; diff the merge base against HEAD instead");
    if (line.startsWith("--- ")) {
      if (!section || !section.git || section.hunks > 0 || section.sawOld) {
        finish();
        section = newSection(false);
      }
      const s2 = section;
      s2.sawOld = true;
      if (!s2.git) s2.stripPrefix = /^(?:a\/|\/dev\/null$)/.test(headerName(line.slice(4), fail3));
      continue;
    }
    if (line.startsWith("+++ ")) {
      if (!section || section.hunks > 0) {
        finish();
        section = newSection(false);
      }
      const s2 = section;
      s2.sawNew = true;
      const name = headerName(line.slice(4), fail3);
      if (name === "/dev/null") s2.deleted = true;
      else
        s2.path = cleanPath2(
          s2.stripPrefix && (s2.git ? /^[^/]\//.test(name) : name.startsWith("b/")) ? name.slice(2) : name
        );
      continue;
    }
    if (!section) continue;
    const s = section;
    if (s.git && s.hunks === 0) {
      if (line.startsWith("deleted file mode")) s.deleted = true;
      else if (line.startsWith("rename to ")) s.path = cleanPath2(headerName(line.slice(10), fail3));
      else if (line.startsWith("copy to ")) s.path = cleanPath2(headerName(line.slice(8), fail3));
      else if (line.startsWith("Binary files ") || line === "GIT binary patch") s.binary = true;
    } else if (!s.git && line.startsWith("Binary files ")) {
      finish();
    }
  }
  if (hunk) {
    const h = hunk;
    fail3(
      `the diff ends inside the hunk at line ${h.at} (${h.header}), which still expects ${h.oldLeft} old and ${h.newLeft} new lines; is it truncated?`,
      h.at
    );
  }
  finish();
  return out;
}
function badCount(h, kind, fail3) {
  return fail3(
    `a ${kind} line beyond what the hunk at line ${h.at} (${h.header}) counts (${h.oldLeft} old and ${h.newLeft} new lines were left)`
  );
}
function isStrayHunkLine(line) {
  const c = line.charCodeAt(0);
  if (c === CH_PLUS) return !line.startsWith("+++ ");
  if (c === CH_MINUS) return !line.startsWith("--- ") && line !== "-- " && line !== "---";
  return c === CH_SPACE && line.trim() !== "";
}
function hasPrefixes(oldName, newName) {
  return /^[^/]\//.test(oldName) && /^[^/]\//.test(newName) && oldName[0] !== newName[0];
}
function gitHeaderNames(rest, fail3) {
  if (rest.startsWith('"')) {
    const a = readQuoted(rest, 0, fail3);
    if (rest.charCodeAt(a.end) !== CH_SPACE) return null;
    const tail = rest.slice(a.end + 1);
    return { old: a.value, new: tail.startsWith('"') ? readQuoted(tail, 0, fail3).value : tail };
  }
  if (rest.endsWith('"')) {
    const at = rest.lastIndexOf(' "');
    if (at < 0) return null;
    return { old: rest.slice(0, at), new: readQuoted(rest, at + 1, fail3).value };
  }
  if (rest.length % 2 === 1) {
    const half = (rest.length - 1) / 2;
    const oldName = rest.slice(0, half);
    const newName = rest.slice(half + 1);
    if (rest.charCodeAt(half) === CH_SPACE && sameFile(oldName, newName))
      return { old: oldName, new: newName };
  }
  const parts = rest.split(" b/");
  if (parts.length === 2 && parts[0].startsWith("a/")) return { old: parts[0], new: "b/" + parts[1] };
  return null;
}
function sameFile(a, b) {
  return a === b || /^[^/]\//.test(a) && /^[^/]\//.test(b) && a.slice(2) === b.slice(2);
}
function headerName(rest, fail3) {
  if (rest.startsWith('"')) return readQuoted(rest, 0, fail3).value;
  const tab = rest.indexOf("	");
  return tab < 0 ? rest : rest.slice(0, tab);
}
function cleanPath2(p) {
  return p.startsWith("./") ? p.slice(2) : p;
}
function readQuoted(s, at, fail3) {
  const bytes = [];
  const encoder = new TextEncoder();
  let i = at + 1;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') return { value: new TextDecoder().decode(Uint8Array.from(bytes)), end: i + 1 };
    if (ch === "\\") {
      const e = s[i + 1];
      if (e === void 0) break;
      const octal = /^[0-3][0-7]{2}/.exec(s.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += 4;
        continue;
      }
      const code2 = ESCAPES[e];
      if (code2 === void 0) fail3(`unknown escape \\${e} in a quoted file name`);
      bytes.push(code2);
      i += 2;
      continue;
    }
    const cp = s.codePointAt(i);
    const chunk = String.fromCodePoint(cp);
    for (const b of encoder.encode(chunk)) bytes.push(b);
    i += chunk.length;
  }
  return fail3("a quoted file name without its closing quote");
}
function sortUnique(lines2) {
  const sorted = Float64Array.from(lines2).sort();
  const out = [];
  for (const n of sorted) if (out.length === 0 || out[out.length - 1] !== n) out.push(n);
  return out;
}
var MAX_CHANGED_LINES, MAX_LINE_NUMBER, HUNK_HEADER, CH_CR, CH_SPACE, CH_PLUS, CH_MINUS, CH_BACKSLASH, ESCAPES;
var init_diff = __esm({
  "src/analysis/diff.ts"() {
    "use strict";
    init_errors();
    MAX_CHANGED_LINES = 1 << 24;
    MAX_LINE_NUMBER = 2e9;
    HUNK_HEADER = /^@@ -(\d{1,10})(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/;
    CH_CR = 13;
    CH_SPACE = 32;
    CH_PLUS = 43;
    CH_MINUS = 45;
    CH_BACKSLASH = 92;
    ESCAPES = {
      a: 7,
      b: 8,
      t: 9,
      n: 10,
      v: 11,
      f: 12,
      r: 13,
      '"': 34,
      "\\": 92
    };
  }
});

// src/analysis/environment.ts
function detectRuntimes(markers) {
  const asdf = parseToolVersions(markers.texts[".tool-versions"]);
  const out = [];
  for (const runtime of RUNTIMES) {
    const files = PRESENCE[runtime].filter((f) => markers.names.has(f));
    if (runtime === "dotnet")
      files.push(...[...markers.names].filter((n) => /\.(?:sln|csproj|fsproj|vbproj)$/i.test(n)));
    if (runtime === "python" && !files.includes("requirements.txt"))
      files.push(...[...markers.names].filter((n) => isRequirementsFile(n)).slice(0, 1));
    const fromAsdf = asdf.get(runtime);
    if (fromAsdf !== void 0 && markers.names.has(".tool-versions")) files.push(".tool-versions");
    if (files.length === 0) continue;
    out.push({
      runtime,
      files: [...new Set(files)].sort(),
      declared: capped(
        declaredVersion(runtime, markers.texts) ?? (fromAsdf === void 0 ? null : { file: ".tool-versions", version: fromAsdf })
      )
    });
  }
  return out;
}
function capped(d) {
  return d === null || d.version.length <= 64 ? d : { file: d.file, version: `${d.version.slice(0, 64)}\u2026` };
}
function declaredVersion(runtime, texts) {
  const first = (file, clean = (l) => l) => {
    const text = texts[file];
    if (text === void 0) return null;
    const line = text.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).find((l) => l !== "");
    return line === void 0 ? null : { file, version: clean(line) };
  };
  const match = (file, re) => {
    const m = texts[file] === void 0 ? null : re.exec(texts[file]);
    return m?.[1] === void 0 ? null : { file, version: m[1].trim() };
  };
  switch (runtime) {
    case "node":
      return first(".nvmrc") ?? first(".node-version") ?? jsonString("package.json", texts, ["engines", "node"]);
    case "python":
      return first(".python-version") ?? match("pyproject.toml", /^\s*requires-python\s*=\s*["']([^"'\r\n]+)["']/m) ?? // Poetry writes the interpreter as a dependency named python.
      match("pyproject.toml", /^\s*python\s*=\s*["']([^"'\r\n]+)["']/m);
    case "go":
      return match("go.mod", /^\s*toolchain\s+go(\S+)\s*$/m) ?? match("go.mod", /^\s*go\s+(\S+)\s*$/m);
    case "java":
      return first(".java-version");
    case "ruby":
      return first(".ruby-version", (l) => l.replace(/^ruby-/, ""));
    case "rust":
      return match("rust-toolchain.toml", /^\s*channel\s*=\s*["']([^"'\r\n]+)["']/m) ?? first("rust-toolchain");
    case "dotnet":
      return jsonString("global.json", texts, ["sdk", "version"]);
  }
}
function jsonString(file, texts, path6) {
  const text = texts[file];
  if (text === void 0) return null;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  for (const key of path6) value = isObject2(value) && Object.hasOwn(value, key) ? value[key] : void 0;
  return typeof value === "string" && value.trim() !== "" ? { file, version: value.trim() } : null;
}
function parseToolVersions(text) {
  const out = /* @__PURE__ */ new Map();
  for (const line of (text ?? "").split(/\r?\n/)) {
    const [name, version] = line.replace(/#.*$/, "").trim().split(/\s+/);
    const runtime = name === void 0 ? void 0 : TOOL_VERSIONS_NAMES[name];
    if (runtime !== void 0 && version !== void 0 && !out.has(runtime)) out.set(runtime, version);
  }
  return out;
}
function isRequirementsFile(name) {
  return /^requirements[\w.-]*\.txt$/i.test(name);
}
function isLockFileName(name) {
  return LOCK_FILE_NAMES.has(name) || isRequirementsFile(name);
}
function lockFilePaths(rootNames, dirNames, configured) {
  const out = /* @__PURE__ */ new Set();
  for (const name of rootNames) if (isLockFileName(name)) out.add(name);
  for (const dir of LOCK_FILE_DIRS)
    for (const name of dirNames[dir] ?? []) if (name.endsWith(".lockfile")) out.add(`${dir}/${name}`);
  for (const p of configured) out.add(normalizeRepoPath(p));
  return [...out].sort();
}
function normalizeRepoPath(p) {
  return p.replace(/\\/g, "/").split("/").filter((s) => s !== "" && s !== ".").join("/");
}
function lockFileEntry(read) {
  if (read.status === "missing") return { file: read.file, status: "missing", sha256: null, bytes: null };
  if (read.status === "unreadable")
    return { file: read.file, status: "unreadable", sha256: null, bytes: null, error: read.error };
  const entry = {
    file: read.file,
    status: "ok",
    sha256: sha256Hex(read.bytes),
    bytes: read.bytes.length
  };
  const lf = withoutCarriageReturns(read.bytes);
  return lf === null ? entry : { ...entry, sha256_lf: sha256Hex(lf) };
}
function withoutCarriageReturns(bytes) {
  if (bytes.includes(0)) return null;
  let crlf = 0;
  for (let i = 0; i + 1 < bytes.length; i++) if (bytes[i] === 13 && bytes[i + 1] === 10) crlf++;
  if (crlf === 0) return null;
  const out = new Uint8Array(bytes.length - crlf);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) continue;
    out[j++] = bytes[i];
  }
  return out;
}
function runtimeProbe(runtime, platform) {
  const alternatives = RUNTIME_COMMANDS[runtime];
  return { alternatives: platform === "win32" ? [...alternatives].reverse() : alternatives };
}
function runtimeOfCommand(program) {
  for (const runtime of RUNTIMES) if (RUNTIME_COMMANDS[runtime].some(([p]) => p === program)) return runtime;
  return void 0;
}
function toolProbe(name, command) {
  if (command !== null && command.length > 0) return { alternatives: [command] };
  const runtime = runtimeOfCommand(name);
  const args = runtime === void 0 ? ["--version"] : RUNTIME_COMMANDS[runtime][0].slice(1);
  return { alternatives: [[name, ...args]] };
}
function probeSpecs(plan, detected, platform) {
  const wanted = new Set(plan.runtimes);
  if (plan.detect) for (const d of detected) wanted.add(d.runtime);
  const runtimes = {};
  for (const r of RUNTIMES) if (wanted.has(r)) runtimes[r] = runtimeProbe(r, platform);
  const tools = {};
  for (const t of plan.tools) tools[t.name] = toolProbe(t.name, t.command);
  return { runtimes, tools };
}
function runtimeVersion(runtime, stdout, stderr) {
  const both = `${stdout}
${stderr}`;
  const strict = (text) => text === void 0 ? null : parseVersion(text) === null ? null : text.replace(/^v/, "").replace(/\+.*$/, "");
  switch (runtime) {
    case "node": {
      const token = /^\s*(v?\d\S*)\s*$/m.exec(stdout)?.[1];
      return strict(token) ?? (token === void 0 ? null : coerceVersion(token));
    }
    case "python": {
      const token = /\bPython\s+(\S+)/.exec(both)?.[1];
      return token === void 0 ? null : coerceVersion(token);
    }
    case "go": {
      const token = /\bgo version (?:devel )?go(\S+)/.exec(both)?.[1];
      return token === void 0 ? null : coerceVersion(token);
    }
    case "java":
      return javaVersion(`${stderr}
${stdout}`);
    case "ruby": {
      const token = /\bruby\s+(\S+)/.exec(both)?.[1];
      return token === void 0 ? null : coerceVersion(token);
    }
    case "rust": {
      const token = /\brustc\s+(\S+)/.exec(both)?.[1];
      return strict(token) ?? (token === void 0 ? null : coerceVersion(token));
    }
    case "dotnet": {
      const token = /^\s*(\d\S*)\s*$/m.exec(stdout)?.[1];
      return strict(token) ?? (token === void 0 ? null : coerceVersion(token));
    }
  }
}
function javaVersion(text) {
  const quoted = /\bversion\s+"([^"]+)"/.exec(text)?.[1];
  if (quoted === void 0) {
    const token = /^(?:openjdk|java)\s+(\d\S*)/m.exec(text)?.[1];
    return token === void 0 ? null : javaNumber(token);
  }
  return javaNumber(quoted);
}
function javaNumber(token) {
  const legacy = /^1\.(\d+)\.(\d+)(?:_(\d+))?/.exec(token);
  if (legacy) return `${Number(legacy[1])}.${Number(legacy[2])}.${Number(legacy[3] ?? 0)}`;
  const m = /^(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:[.\d]*)?(?:-([0-9A-Za-z]+))?/.exec(token);
  if (!m) return null;
  const core = `${Number(m[1])}.${Number(m[2] ?? 0)}.${Number(m[3] ?? 0)}`;
  return m[4] === void 0 || /^\d+$/.test(m[4]) ? core : `${core}-${m[4]}`;
}
function toolVersion(name, stdout, stderr) {
  const runtime = runtimeOfCommand(name);
  if (runtime !== void 0) return runtimeVersion(runtime, stdout, stderr);
  return coerceVersion(stdout) ?? coerceVersion(stderr);
}
function probedVersion(outcome, read) {
  const base = { command: outcome.command, duration_ms: Math.round(outcome.ms) };
  switch (outcome.status) {
    case "missing":
      return { status: "missing", version: null, ...base };
    case "timeout":
      return { status: "timeout", version: null, ...base, timeout_ms: outcome.timeoutMs };
    case "error":
      return { status: "error", version: null, ...base, error: outcome.code };
    case "exited": {
      const version = read(outcome.stdout, outcome.stderr);
      if (version !== null) return { status: "ok", version, ...base };
      return {
        status: "unreadable",
        version: null,
        ...base,
        exit_code: outcome.exitCode,
        stdout_bytes: outcome.stdoutBytes,
        stderr_bytes: outcome.stderrBytes
      };
    }
  }
}
function variableState(value) {
  if (value === void 0) return "unset";
  return value.trim() === "" ? "empty" : "set";
}
function seedEntry(variable, value) {
  const base = { variable };
  if (value === void 0) return { ...base, state: "unset", present: false, integer: false };
  if (value.trim() === "")
    return {
      ...base,
      state: "empty",
      present: false,
      integer: false,
      problem: value === "" ? "set but empty" : "set but only whitespace"
    };
  if (/^-?\d+$/.test(value)) return { ...base, state: "integer", present: true, integer: true };
  return { ...base, state: "not-integer", present: true, integer: false, problem: whyNotInteger(value) };
}
function whyNotInteger(value) {
  if (value !== value.trim()) return "has spaces around the number";
  if (/^[+-]?\d*\.\d+$|^[+-]?\d+\.\d*$/.test(value)) return "has a decimal point; a seed is a whole number";
  if (/^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i.test(value))
    return "is written with an exponent; write the digits out";
  if (value.startsWith("+")) return 'starts with "+"; write the digits alone';
  if (/^0x[0-9a-f]+$/i.test(value)) return "is hexadecimal; write it in decimal";
  const chars = [...value];
  const at = chars.findIndex((c2, i) => !(/\d/.test(c2) || i === 0 && c2 === "-"));
  if (at === -1) return "is a minus sign with no digits";
  const c = chars[at];
  const kind = new RegExp("\\p{L}", "u").test(c) ? "a letter" : /\s/u.test(c) ? "a space" : "a symbol";
  return `character ${at + 1} of ${chars.length} is ${kind}; an integer is digits with an optional leading "-"`;
}
function osName(platform) {
  if (platform === "darwin") return "macos";
  if (platform === "win32") return "windows";
  return platform;
}
function environmentSignature(facts) {
  const f = "host" in facts ? fromLegacy(facts) : facts;
  const runner = (name) => {
    const v = f.env(name);
    return v === void 0 || v.trim() === "" ? null : v;
  };
  const detected = new Map(f.detected.map((d) => [d.runtime, d]));
  const runtimes = {};
  for (const r of RUNTIMES) {
    const outcome = f.runtimes[r];
    if (outcome === void 0) continue;
    const d = detected.get(r);
    runtimes[r] = {
      ...probedVersion(outcome, (out, err) => runtimeVersion(r, out, err)),
      detected_from: d?.files ?? [],
      declared: d?.declared ?? null
    };
  }
  const tools = {};
  for (const name of Object.keys(f.tools).sort())
    tools[name] = probedVersion(f.tools[name], (out, err) => toolVersion(name, out, err));
  return {
    schema: SIGNATURE_SCHEMA,
    os: osName(f.platform),
    platform: f.platform,
    arch: f.arch,
    runner: {
      os: runner("RUNNER_OS"),
      arch: runner("RUNNER_ARCH"),
      image: runner("ImageOS"),
      image_version: runner("ImageVersion")
    },
    runtimes,
    tools,
    lock_files: [...f.lockFiles].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0).map(lockFileEntry),
    env: [...new Set(f.plan.requiredEnv)].sort().map((name) => ({ name, state: variableState(f.env(name)) })),
    seed: seedEntry(f.plan.seedVariable, f.env(f.plan.seedVariable)),
    captured_at: f.capturedAt.toISOString(),
    monotonic_start_ms: Math.round(f.monotonicStartMs * 1e3) / 1e3,
    duration_ms: Math.round(f.durationMs)
  };
}
function fromLegacy(f) {
  return {
    platform: f.host.platform,
    arch: f.host.arch,
    env: (name) => f.host.env(name),
    plan: planCapture(expectationsFor(DEFAULT_ENVIRONMENT, null, null), DEFAULT_ENVIRONMENT),
    detected: [],
    runtimes: {
      node: {
        status: "exited",
        command: "process.versions.node",
        exitCode: 0,
        signal: null,
        stdout: f.host.nodeVersion,
        stderr: "",
        stdoutBytes: f.host.nodeVersion.length,
        stderrBytes: 0,
        ms: 0
      }
    },
    tools: {},
    lockFiles: Object.keys(f.lockFiles).map((file) => ({ file, status: "ok", bytes: f.lockFiles[file] })),
    capturedAt: f.now,
    monotonicStartMs: 0,
    durationMs: 0
  };
}
function expectationsFor(config, configFile, committed) {
  const inConfig = (key) => `environment.${key} in ${configFile ?? "test-ladder.yml"}`;
  const runtimes = {};
  const tools = {};
  const lockFiles = {};
  const requiredEnv = /* @__PURE__ */ new Map();
  let seed = {
    variable: config.seed.variable,
    required: config.seed.required,
    source: config.seed.required ? inConfig("seed.required") : null
  };
  let os = null;
  if (committed !== null) {
    const s = committed.signature;
    const from = committed.file;
    for (const r of RUNTIMES) {
      const pin = s.runtimes[r]?.status === "ok" ? minorPin(s.runtimes[r].version ?? "") : null;
      if (pin !== null) runtimes[r] = { range: pin, source: from };
    }
    for (const [name, t] of Object.entries(s.tools)) {
      const pin = t.status === "ok" ? minorPin(t.version ?? "") : null;
      if (pin !== null) tools[name] = { range: pin, source: from, command: null };
    }
    for (const l of s.lock_files)
      if (l.sha256 !== null) lockFiles[l.file] = { sha256: l.sha256, source: from };
    for (const e of s.env) if (e.state === "set") requiredEnv.set(e.name, from);
    if (s.seed.present) seed = { variable: s.seed.variable, required: true, source: from };
    if (OS_NAMES.includes(s.os)) os = { allowed: [s.os], source: from };
  }
  for (const r of RUNTIMES) {
    const range = config.runtimes[r];
    if (range !== void 0) runtimes[r] = { range, source: inConfig(`runtimes.${r}`) };
  }
  for (const [name, t] of Object.entries(config.tools))
    tools[name] = { range: t.range, command: t.command, source: inConfig(`tools.${name}`) };
  for (const [file, sha] of Object.entries(config.lockFiles))
    lockFiles[normalizeRepoPath(file)] = {
      sha256: sha.toLowerCase(),
      source: inConfig(`lock-files.${file}`)
    };
  for (const name of config.requiredEnv) requiredEnv.set(name, inConfig("required-env"));
  if (config.seed.required || config.seed.variable !== DEFAULT_ENVIRONMENT.seed.variable)
    seed = {
      variable: config.seed.variable,
      required: config.seed.required,
      source: config.seed.required ? inConfig("seed.required") : null
    };
  if (config.os.length > 0) os = { allowed: config.os, source: inConfig("os") };
  return {
    runtimes,
    tools,
    lockFiles,
    requiredEnv: [...requiredEnv].sort(([a], [b]) => a < b ? -1 : 1).map(([name, source]) => ({ name, source })),
    seed,
    os
  };
}
function planCapture(expected2, options) {
  return {
    runtimes: RUNTIMES.filter((r) => expected2.runtimes[r] !== void 0),
    detect: options.detectRuntimes,
    tools: Object.keys(expected2.tools).sort().map((name) => ({ name, command: expected2.tools[name].command })),
    lockFiles: Object.keys(expected2.lockFiles).sort(),
    requiredEnv: expected2.requiredEnv.map((e) => e.name),
    seedVariable: expected2.seed.variable,
    timeoutMs: options.probeTimeoutMs
  };
}
function parseSignature(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const what = e.message.split(/, "|, \.\.\.|\s+in JSON at|\s+is not valid JSON/)[0];
    return { problem: `not JSON: ${what}` };
  }
  if (!isObject2(data) || data["schema"] !== SIGNATURE_SCHEMA)
    return { problem: `not a ${SIGNATURE_SCHEMA} document (no "schema": "${SIGNATURE_SCHEMA}")` };
  const d = data;
  const str = (v) => typeof v === "string" ? v : null;
  if (typeof d["os"] !== "string" || typeof d["arch"] !== "string")
    return { problem: "os and arch must be strings" };
  const runner = isObject2(d["runner"]) ? d["runner"] : {};
  const runtimes = {};
  if (!isObject2(d["runtimes"])) return { problem: "runtimes must be an object" };
  for (const [name, v] of Object.entries(d["runtimes"])) {
    const p = readProbed(v);
    if (p === null || !RUNTIMES.includes(name))
      return { problem: `runtimes.${shortKey(name)} is malformed` };
    const x = v;
    const declared2 = isObject2(x["declared"]) && typeof x["declared"]["file"] === "string" && typeof x["declared"]["version"] === "string" ? { file: x["declared"]["file"], version: x["declared"]["version"] } : null;
    const from = Array.isArray(x["detected_from"]) ? x["detected_from"].filter((s2) => typeof s2 === "string") : [];
    runtimes[name] = { ...p, detected_from: from, declared: declared2 };
  }
  const tools = {};
  if (d["tools"] !== void 0) {
    if (!isObject2(d["tools"])) return { problem: "tools must be an object" };
    for (const [name, v] of Object.entries(d["tools"])) {
      const p = readProbed(v);
      if (p === null) return { problem: `tools.${shortKey(name)} is malformed` };
      tools[name] = p;
    }
  }
  if (!Array.isArray(d["lock_files"])) return { problem: "lock_files must be a list" };
  const lockFiles = [];
  for (const l of d["lock_files"]) {
    if (!isObject2(l) || typeof l["file"] !== "string") return { problem: "a lock_files entry is malformed" };
    const sha = l["sha256"];
    if (!(sha === null || typeof sha === "string" && SHA256_HEX.test(sha)))
      return { problem: `lock file ${shortKey(l["file"])} has a sha256 that is not 64 lowercase hex digits` };
    const status = l["status"] === "missing" || l["status"] === "unreadable" ? l["status"] : sha === null ? "missing" : "ok";
    const lf = typeof l["sha256_lf"] === "string" && SHA256_HEX.test(l["sha256_lf"]) ? { sha256_lf: l["sha256_lf"] } : {};
    lockFiles.push({
      file: l["file"],
      status,
      sha256: sha,
      bytes: typeof l["bytes"] === "number" ? l["bytes"] : null,
      ...lf,
      ...typeof l["error"] === "string" ? { error: l["error"] } : {}
    });
  }
  const env = [];
  if (d["env"] !== void 0) {
    if (!Array.isArray(d["env"])) return { problem: "env must be a list" };
    for (const e of d["env"]) {
      if (!isObject2(e) || typeof e["name"] !== "string" || !["set", "empty", "unset"].includes(String(e["state"])))
        return { problem: "an env entry is malformed" };
      env.push({ name: e["name"], state: e["state"] });
    }
  }
  const s = d["seed"];
  if (!isObject2(s) || typeof s["variable"] !== "string") return { problem: "seed is malformed" };
  const seedState = ["integer", "not-integer", "empty", "unset"].includes(String(s["state"])) ? s["state"] : s["integer"] === true ? "integer" : s["present"] === true ? "not-integer" : "unset";
  return {
    signature: {
      schema: SIGNATURE_SCHEMA,
      os: d["os"],
      platform: str(d["platform"]) ?? d["os"],
      arch: d["arch"],
      runner: {
        os: str(runner["os"]),
        arch: str(runner["arch"]),
        image: str(runner["image"]),
        image_version: str(runner["image_version"])
      },
      runtimes,
      tools,
      lock_files: lockFiles,
      env,
      seed: {
        variable: s["variable"],
        state: seedState,
        present: seedState === "integer" || seedState === "not-integer",
        integer: seedState === "integer"
      },
      captured_at: str(d["captured_at"]) ?? "",
      monotonic_start_ms: typeof d["monotonic_start_ms"] === "number" ? d["monotonic_start_ms"] : 0,
      duration_ms: typeof d["duration_ms"] === "number" ? d["duration_ms"] : 0
    }
  };
}
function readExpectedSignature(text, file) {
  const parsed = parseSignature(text);
  if ("signature" in parsed) return parsed.signature;
  throw new InputError(
    `not an environment signature: ${parsed.problem}; write one with "test-ladder env --json"`,
    {
      file,
      ...jsonErrorLocation(text)
    }
  );
}
function jsonErrorLocation(text) {
  const offset = jsonErrorOffset(text);
  if (offset === null) return {};
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
function jsonErrorOffset(text) {
  const endsEarly = (n) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (e) {
      const message = e.message;
      const at = /at position (\d+)/.exec(message);
      return at ? Number(at[1]) >= n : /end of JSON input/.test(message);
    }
  };
  if (endsEarly(text.length)) {
    try {
      JSON.parse(text);
      return null;
    } catch {
      return text.length;
    }
  }
  let lo = 0;
  let hi = text.length;
  while (hi - lo > 1) {
    const mid = lo + hi >>> 1;
    if (endsEarly(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
function readProbed(v) {
  if (!isObject2(v)) return null;
  const status = v["status"];
  if (!["ok", "missing", "timeout", "unreadable", "error"].includes(String(status))) return null;
  const version = v["version"];
  if (status === "ok" ? typeof version !== "string" || parseVersion(version) === null : version !== null)
    return null;
  return {
    status,
    version,
    command: typeof v["command"] === "string" ? v["command"] : "",
    duration_ms: typeof v["duration_ms"] === "number" ? v["duration_ms"] : 0
  };
}
function shortKey(s) {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}\u2026` : s);
}
function diffSignatures(base, head) {
  const out = [];
  const info = (code2, message, evidence) => out.push({ code: code2, message, evidence });
  if (base.os !== head.os)
    info("OS_CHANGED", `the OS changed from ${base.os} to ${head.os}`, { base: base.os, head: head.os });
  if (base.arch !== head.arch)
    info("ARCH_CHANGED", `the architecture changed from ${base.arch} to ${head.arch}`, {
      base: base.arch,
      head: head.arch
    });
  if (base.runner.image !== null && head.runner.image !== null && base.runner.image !== head.runner.image)
    info(
      "RUNNER_IMAGE_CHANGED",
      `the runner image changed from ${base.runner.image} to ${head.runner.image}`,
      {
        base: base.runner.image,
        head: head.runner.image
      }
    );
  versionDrift("runtime", "RUNTIME", base.runtimes, head.runtimes, info);
  versionDrift("tool", "TOOL", base.tools, head.tools, info);
  const lf = (l) => l.sha256_lf ?? l.sha256;
  const baseLocks = new Map(base.lock_files.filter((l) => l.sha256 !== null).map((l) => [l.file, l]));
  const headLocks = new Map(head.lock_files.filter((l) => l.sha256 !== null).map((l) => [l.file, l]));
  for (const file of [.../* @__PURE__ */ new Set([...baseLocks.keys(), ...headLocks.keys()])].sort()) {
    const b = baseLocks.get(file);
    const h = headLocks.get(file);
    if (b !== void 0 && h !== void 0) {
      if (lf(b) !== lf(h))
        info("LOCKFILE_CHANGED", `${file} changed (sha256 ${short2(b.sha256)} \u2192 ${short2(h.sha256)})`, {
          file,
          base: b.sha256,
          head: h.sha256
        });
    } else if (h !== void 0) {
      info("LOCKFILE_ADDED", `${file} is new (sha256 ${short2(h.sha256)})`, {
        file,
        base: null,
        head: h.sha256
      });
    } else if (b !== void 0) {
      info("LOCKFILE_REMOVED", `${file} is gone (it was sha256 ${short2(b.sha256)})`, {
        file,
        base: b.sha256,
        head: null
      });
    }
  }
  return out;
}
function versionDrift(kind, prefix, base, head, info) {
  const version = (p) => p?.status === "ok" ? p.version : null;
  for (const name of [.../* @__PURE__ */ new Set([...Object.keys(base), ...Object.keys(head)])].sort()) {
    const b = version(base[name]);
    const h = version(head[name]);
    if (b !== null && h !== null) {
      if (minorChanged(b, h))
        info(`${prefix}_CHANGED`, `${kind} ${name} moved from ${b} to ${h}`, {
          [kind]: name,
          base: b,
          head: h
        });
    } else if (b === null && h !== null) {
      info(`${prefix}_ADDED`, `${kind} ${name} ${h} is new`, { [kind]: name, base: null, head: h });
    } else if (b !== null && h === null) {
      const why = head[name] === void 0 ? "not probed" : statusWords(head[name].status);
      info(`${prefix}_REMOVED`, `${kind} ${name} ${b} is gone (${why})`, {
        [kind]: name,
        base: b,
        head: null
      });
    }
  }
}
function statusWords(status) {
  switch (status) {
    case "missing":
      return "not found";
    case "timeout":
      return "its version probe timed out";
    case "unreadable":
      return "its version could not be read";
    case "error":
      return "it could not be started";
    case "ok":
      return "ok";
  }
}
function short2(sha) {
  return sha === null ? "none" : `${sha.slice(0, 12)}\u2026`;
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var SIGNATURE_SCHEMA, MARKER_TEXT_FILES, PRESENCE, TOOL_VERSIONS_NAMES, LOCK_FILE_NAMES, LOCK_FILE_DIRS, RUNTIME_COMMANDS;
var init_environment2 = __esm({
  "src/analysis/environment.ts"() {
    "use strict";
    init_artifacts();
    init_environment();
    init_errors();
    init_versions();
    SIGNATURE_SCHEMA = "test-ladder/env-signature@1";
    MARKER_TEXT_FILES = [
      ".nvmrc",
      ".node-version",
      "package.json",
      ".python-version",
      "pyproject.toml",
      "go.mod",
      ".java-version",
      ".ruby-version",
      "rust-toolchain.toml",
      "rust-toolchain",
      "global.json",
      ".tool-versions"
    ];
    PRESENCE = {
      node: [".nvmrc", ".node-version", "package.json"],
      python: [".python-version", "pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "requirements.txt"],
      go: ["go.mod"],
      java: [
        ".java-version",
        "pom.xml",
        "build.gradle",
        "build.gradle.kts",
        "settings.gradle",
        "settings.gradle.kts"
      ],
      ruby: [".ruby-version", "Gemfile"],
      rust: ["rust-toolchain.toml", "rust-toolchain", "Cargo.toml"],
      dotnet: ["global.json"]
    };
    TOOL_VERSIONS_NAMES = {
      nodejs: "node",
      node: "node",
      python: "python",
      golang: "go",
      go: "go",
      java: "java",
      ruby: "ruby",
      rust: "rust",
      dotnet: "dotnet",
      "dotnet-core": "dotnet"
    };
    LOCK_FILE_NAMES = /* @__PURE__ */ new Set([
      "package-lock.json",
      "npm-shrinkwrap.json",
      "yarn.lock",
      "pnpm-lock.yaml",
      "bun.lock",
      "bun.lockb",
      "deno.lock",
      "poetry.lock",
      "uv.lock",
      "pdm.lock",
      "Pipfile.lock",
      "go.sum",
      "Cargo.lock",
      "Gemfile.lock",
      "composer.lock",
      "gradle.lockfile",
      "packages.lock.json",
      "mix.lock",
      "pubspec.lock",
      "Podfile.lock",
      "Package.resolved",
      "flake.lock"
    ]);
    LOCK_FILE_DIRS = ["gradle/dependency-locks"];
    RUNTIME_COMMANDS = {
      node: [["node", "--version"]],
      python: [
        ["python3", "--version"],
        ["python", "--version"]
      ],
      go: [["go", "version"]],
      // Java prints its version on stderr.
      java: [["java", "-version"]],
      ruby: [["ruby", "--version"]],
      rust: [["rustc", "--version"]],
      dotnet: [["dotnet", "--version"]]
    };
  }
});

// src/analysis/flakes.ts
function flakeReport(history, flakyNow) {
  const evidence = history.runs.map((r) => r.tests > 0 && r.failed / r.tests <= INFRA_FAILURE_SHARE);
  const excludedRuns = history.runs.filter((_, i) => !evidence[i]).map((r) => r.run_id);
  const flaky = [];
  const retried = new Set(flakyNow);
  const last = history.runs.length - 1;
  let ranNow = 0;
  for (const t of history.tests) {
    const nowLetter = t.outcomes[last];
    if (ranIn(nowLetter)) ranNow++;
    if (retried.has(t.id) || t.outcomes.split("").some((l, i) => l === "R" && evidence[i])) {
      flaky.push({ id: t.id, evidence: "passed-on-retry", outcomes: t.outcomes });
      continue;
    }
    const byCommit = /* @__PURE__ */ new Map();
    history.runs.forEach((r, i) => {
      const letter = t.outcomes[i];
      if (!evidence[i] || r.commit === null || !letter || letter === "-" || letter === "S") return;
      const kind = letter === "P" || letter === "R" ? "P" : "F";
      const set = byCommit.get(r.commit) ?? /* @__PURE__ */ new Set();
      set.add(kind);
      byCommit.set(r.commit, set);
    });
    if ([...byCommit.values()].some((s) => s.size === 2))
      flaky.push({ id: t.id, evidence: "both-outcomes-same-commit", outcomes: t.outcomes });
  }
  return {
    method: "passed on retry within a run, or passed and failed on the same commit; runs with over 80 % failing excluded",
    runsSeen: evidence.filter(Boolean).length,
    excludedRuns,
    flaky,
    // Same rule as the denominator: a flaky test skipped or absent in this run did not run in it.
    flakeRate: ranNow === 0 ? null : flaky.filter((f) => ranIn(f.outcomes[last])).length / ranNow
  };
}
function ranIn(letter) {
  return letter !== void 0 && letter !== "-" && letter !== "S";
}
var INFRA_FAILURE_SHARE;
var init_flakes = __esm({
  "src/analysis/flakes.ts"() {
    "use strict";
    INFRA_FAILURE_SHARE = 0.8;
  }
});

// src/analysis/gaps.ts
function analyzeGaps(t, metric, goals) {
  const overall = metricOf(t, metric);
  const ranked = t.files.map((f) => {
    const c = metricOf(f, metric);
    const missing = c.total - c.covered;
    return {
      path: f.path,
      covered: c.covered,
      total: c.total,
      missing,
      percent: c.total === 0 ? null : c.covered / c.total * 100,
      gain: overall.total === 0 ? 0 : missing / overall.total * 100
    };
  }).filter((f) => f.missing > 0).sort((a, b) => b.missing - a.missing || (a.path < b.path ? -1 : 1));
  const path6 = (goal) => goal === null ? null : pathTo(goal, overall, ranked);
  return {
    metric,
    covered: overall.covered,
    total: overall.total,
    ranked,
    toFloor: path6(goals.floor),
    toTarget: path6(goals.target)
  };
}
function pathTo(goal, overall, ranked) {
  const exact = goal / 100 * overall.total - overall.covered;
  const needed = Math.max(0, Math.ceil(exact - 1e-9));
  const files = [];
  let gained = 0;
  for (const f of ranked) {
    if (gained >= needed) break;
    files.push(f.path);
    gained += f.missing;
  }
  return { goal, needed, files, reachable: gained >= needed };
}
var init_gaps = __esm({
  "src/analysis/gaps.ts"() {
    "use strict";
    init_totals();
  }
});

// src/analysis/history.ts
function extendHistory(previous, run2, window = DEFAULT_WINDOW) {
  const prevRuns = previous?.runs ?? [];
  const runs = [
    ...prevRuns,
    {
      run_id: run2.runId,
      attempt: run2.attempt,
      commit: run2.commit,
      date: run2.date,
      tests: run2.cases.length,
      failed: run2.cases.filter((c) => c.outcome === "failed" || c.outcome === "error").length
    }
  ];
  const drop = Math.max(0, runs.length - window);
  const flaky = new Set(run2.flakyIds);
  const now = /* @__PURE__ */ new Map();
  for (const c of run2.cases) {
    const seen = now.get(c.id);
    if (!seen || RANK2[c.outcome] > RANK2[seen.outcome]) now.set(c.id, c);
    if (seen && seen.outcome !== c.outcome && (seen.outcome === "passed" || c.outcome === "passed")) {
      const other = seen.outcome === "passed" ? c.outcome : seen.outcome;
      if (other === "failed" || other === "error") flaky.add(c.id);
    }
  }
  const byId = /* @__PURE__ */ new Map();
  for (const t of previous?.tests ?? []) byId.set(t.id, t);
  const ids = /* @__PURE__ */ new Set([...byId.keys(), ...now.keys()]);
  const tests = [];
  for (const id of [...ids].sort()) {
    const old = byId.get(id);
    const prev = old?.outcomes ?? "-".repeat(prevRuns.length);
    const c = now.get(id);
    const letter = c ? c.outcome === "passed" && flaky.has(id) ? "R" : LETTER[c.outcome] : "-";
    const outcomes = (prev + letter).slice(drop);
    if (/^-*$/.test(outcomes)) continue;
    tests.push({
      id,
      outcomes,
      last_duration: c?.duration ?? old?.last_duration ?? null
    });
  }
  return { schema: HISTORY_SCHEMA, window, runs: runs.slice(drop), tests };
}
function parseHistory(text) {
  const sealed = checkEmbeddedHash(text);
  if (!sealed.ok) return { problem: sealed.reason };
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: "not JSON" };
  }
  if (!isObject3(data) || data["schema"] !== HISTORY_SCHEMA)
    return { problem: `not a ${HISTORY_SCHEMA} document` };
  const window = data["window"];
  const runs = data["runs"];
  const tests = data["tests"];
  if (typeof window !== "number" || !Number.isInteger(window) || window < 1 || window > 1e3)
    return { problem: "window is not an integer from 1 to 1000" };
  if (!Array.isArray(runs) || !runs.every(isRun)) return { problem: "runs are malformed" };
  if (!Array.isArray(tests)) return { problem: "tests are malformed" };
  for (const t of tests) {
    if (!isObject3(t) || typeof t["id"] !== "string" || typeof t["outcomes"] !== "string")
      return { problem: "a test entry is malformed" };
    if (t["outcomes"].length !== runs.length || !/^[PRFES-]*$/.test(t["outcomes"]))
      return {
        problem: `test ${JSON.stringify(t["id"]).slice(0, 80)} has outcomes that do not match the runs`
      };
    if (!(t["last_duration"] === null || typeof t["last_duration"] === "number"))
      return { problem: "a test entry is malformed" };
  }
  return {
    history: {
      schema: HISTORY_SCHEMA,
      window,
      runs: runs.map((r) => ({
        run_id: r.run_id,
        attempt: r.attempt,
        commit: r.commit,
        date: r.date,
        tests: r.tests,
        failed: r.failed
      })),
      tests: tests.map((t) => ({
        id: t["id"],
        outcomes: t["outcomes"],
        last_duration: t["last_duration"]
      }))
    }
  };
}
function isObject3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isRun(v) {
  return isObject3(v) && typeof v["run_id"] === "string" && typeof v["attempt"] === "number" && (v["commit"] === null || typeof v["commit"] === "string") && typeof v["date"] === "string" && typeof v["tests"] === "number" && typeof v["failed"] === "number";
}
var HISTORY_SCHEMA, DEFAULT_WINDOW, LETTER, RANK2;
var init_history = __esm({
  "src/analysis/history.ts"() {
    "use strict";
    init_artifacts();
    HISTORY_SCHEMA = "test-ladder/history@1";
    DEFAULT_WINDOW = 30;
    LETTER = { passed: "P", failed: "F", error: "E", skipped: "S" };
    RANK2 = { skipped: 0, failed: 1, error: 2, passed: 3 };
  }
});

// src/analysis/merge.ts
var merge_exports = {};
__export(merge_exports, {
  mergeFiles: () => mergeFiles,
  mergeReports: () => mergeReports
});
function mergeReports(reports) {
  const byPath = /* @__PURE__ */ new Map();
  for (const r of reports) {
    for (const f of r.files) {
      const seen = byPath.get(f.path);
      byPath.set(f.path, seen ? mergeFiles(seen, f) : f);
    }
  }
  return {
    sources: reports.flatMap((r) => r.sources),
    files: [...byPath.values()].sort((a, b) => comparePaths(a.path, b.path))
  };
}
function mergeFiles(a, b) {
  const lines2 = [];
  const hits = [];
  let i = 0;
  let j = 0;
  while (i < a.lines.length || j < b.lines.length) {
    const la = i < a.lines.length ? a.lines[i] : Infinity;
    const lb = j < b.lines.length ? b.lines[j] : Infinity;
    if (la === lb) {
      lines2.push(la);
      hits.push(a.hits[i++] + b.hits[j++]);
    } else if (la < lb) {
      lines2.push(la);
      hits.push(a.hits[i++]);
    } else {
      lines2.push(lb);
      hits.push(b.hits[j++]);
    }
  }
  const blocks = mergeBlocks(a.blocks, b.blocks);
  return {
    path: a.path,
    lines: lines2,
    hits,
    branches: mergeBranches(a.branches, b.branches),
    ...blocks ? { blocks } : {}
  };
}
function mergeBlocks(a, b) {
  if (!a && !b) return void 0;
  const byRange = /* @__PURE__ */ new Map();
  for (const block of [...a ?? [], ...b ?? []]) {
    const key = `${block.startLine}.${block.startColumn},${block.endLine}.${block.endColumn}`;
    const seen = byRange.get(key);
    byRange.set(key, seen ? { ...seen, hits: seen.hits + block.hits } : block);
  }
  return [...byRange.values()].sort(
    (x, y) => x.startLine - y.startLine || x.startColumn - y.startColumn || x.endLine - y.endLine || x.endColumn - y.endColumn
  );
}
function mergeBranches(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const pa = a[i];
    const pb = b[j];
    if (pa && pb && pa.line === pb.line) {
      const n = Math.max(pa.outcomes.length, pb.outcomes.length);
      const outcomes = [];
      for (let k = 0; k < n; k++) outcomes.push((pa.outcomes[k] ?? 0) + (pb.outcomes[k] ?? 0));
      out.push({ line: pa.line, outcomes });
      i++;
      j++;
    } else if (pa && (!pb || pa.line < pb.line)) {
      out.push(pa);
      i++;
    } else {
      out.push(pb);
      j++;
    }
  }
  return out;
}
var init_merge = __esm({
  "src/analysis/merge.ts"() {
    "use strict";
    init_build();
  }
});

// src/analysis/patch.ts
var patch_exports = {};
__export(patch_exports, {
  patchCoverage: () => patchCoverage
});
function patchCoverage(report2, changed) {
  const files = [];
  const unreported = [];
  let covered = 0;
  let total = 0;
  let changedLines = 0;
  for (const [path6, lines2] of changed) {
    changedLines += lines2.length;
    if (lines2.length === 0) continue;
    const f = findFile(report2.files, path6);
    if (!f) {
      unreported.push(path6);
      continue;
    }
    const p = patchFile(f, lines2);
    if (p.total === 0) continue;
    files.push(p);
    covered += p.covered;
    total += p.total;
  }
  files.sort((a, b) => comparePaths(a.path, b.path));
  unreported.sort(comparePaths);
  return {
    covered,
    total,
    percent: total === 0 ? null : covered / total * 100,
    changedLines,
    files,
    unreported
  };
}
function patchFile(f, changed) {
  let covered = 0;
  let total = 0;
  const uncovered2 = [];
  let lo = 0;
  for (const line of changed) {
    lo = lowerBound(f.lines, line, lo);
    if (lo >= f.lines.length) break;
    if (f.lines[lo] !== line) continue;
    total++;
    if (f.hits[lo] > 0) {
      covered++;
    } else {
      const last = uncovered2[uncovered2.length - 1];
      if (last && last[1] === line - 1) last[1] = line;
      else uncovered2.push([line, line]);
    }
  }
  return { path: f.path, covered, total, percent: total === 0 ? 0 : covered / total * 100, uncovered: uncovered2 };
}
function lowerBound(lines2, line, from) {
  let lo = from;
  let hi = lines2.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (lines2[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function findFile(files, path6) {
  let lo = 0;
  let hi = files.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    const c = comparePaths(files[mid].path, path6);
    if (c === 0) return files[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return null;
}
var init_patch = __esm({
  "src/analysis/patch.ts"() {
    "use strict";
    init_build();
  }
});

// src/analysis/paths.ts
var paths_exports = {};
__export(paths_exports, {
  PathMapper: () => PathMapper,
  applyPathPrefix: () => applyPathPrefix,
  isAbsolutePath: () => isAbsolutePath,
  mapReportPaths: () => mapReportPaths,
  normalizePath: () => normalizePath2
});
function normalizePath2(p) {
  let s = p.trim().replace(/\\/g, "/");
  if (s.startsWith("file://")) s = s.slice("file://".length);
  if (/^\/[A-Za-z]:\//.test(s)) s = s.slice(1);
  const absolute = s.startsWith("/");
  const drive = /^[A-Za-z]:\//.exec(s)?.[0] ?? "";
  const body = drive ? s.slice(drive.length) : s;
  const out = [];
  for (const seg of body.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute && !drive) out.push("..");
      continue;
    }
    out.push(seg);
  }
  const joined = out.join("/");
  return drive ? drive + joined : absolute ? "/" + joined : joined;
}
function isAbsolutePath(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function applyPathPrefix(p, prefix) {
  let rest = p;
  let longest = -1;
  for (const entry of prefix.strip) {
    const s = normalizePath2(entry);
    if (s === "") continue;
    const folder = s.endsWith("/") ? s : `${s}/`;
    if (p.startsWith(folder) && p.length > folder.length && folder.length > longest) {
      longest = folder.length;
      rest = p.slice(folder.length);
    }
  }
  if (prefix.add === "" || isAbsolutePath(rest)) return rest;
  return normalizePath2(`${prefix.add}/${rest}`);
}
function insideRepo(p) {
  return p !== "" && !isAbsolutePath(p) && p !== ".." && !p.startsWith("../");
}
function mapReportPaths(report2, ctx) {
  const mapper = new PathMapper(ctx);
  const mappings = [];
  const rooted = /* @__PURE__ */ new Map();
  const roots = report2.sources.flatMap((s) => s.roots);
  const files = report2.files.map((f) => {
    const m = mapper.map(f.path, rooted.get(f.path) ?? roots);
    mappings.push(m);
    return { ...f, path: m.path ?? normalizePath2(f.path) };
  });
  const mapped = mappings.filter((m) => m.path !== null);
  const unmapped = mappings.filter((m) => m.path === null).map((m) => m.reported);
  const bySuffixList = mapped.filter((m) => m.by === "suffix");
  return {
    report: mergeReports([{ sources: report2.sources, files }]),
    mappings,
    summary: {
      mapped: mapped.length,
      unmapped,
      bySuffix: bySuffixList.length,
      suggestedPrefix: suggestPrefix(bySuffixList)
    }
  };
}
function suggestPrefix(list) {
  const prefixes = /* @__PURE__ */ new Set();
  for (const m of list) {
    const rep = normalizePath2(m.reported);
    if (isAbsolutePath(rep) || m.path === null || !m.path.endsWith("/" + rep)) return null;
    prefixes.add(m.path.slice(0, m.path.length - rep.length));
  }
  return prefixes.size === 1 ? [...prefixes][0] : null;
}
var RUNNER_PREFIXES, PathMapper;
var init_paths = __esm({
  "src/analysis/paths.ts"() {
    "use strict";
    init_merge();
    RUNNER_PREFIXES = [
      /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
      /^\/__w\/[^/]+\/[^/]+\//,
      /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
      /^\/Users\/runner\/work\/[^/]+\/[^/]+\//
    ];
    PathMapper = class {
      constructor(ctx) {
        this.ctx = ctx;
        this.workspace = ctx.workspace ? normalizePath2(ctx.workspace).replace(/\/$/, "") : null;
        if (ctx.repoFiles) {
          for (const f of ctx.repoFiles) {
            const base = f.slice(f.lastIndexOf("/") + 1);
            const list = this.byBasename.get(base);
            if (list) list.push(f);
            else this.byBasename.set(base, [f]);
          }
        }
      }
      ctx;
      byBasename = /* @__PURE__ */ new Map();
      workspace;
      map(reported, roots) {
        const raw = normalizePath2(reported);
        const plain2 = isAbsolutePath(raw) ? [raw] : [...roots.map((r) => normalizePath2(`${r}/${raw}`)), raw];
        const prefix = this.ctx.prefix;
        const candidates = prefix ? plain2.map((c) => applyPathPrefix(c, prefix)) : plain2;
        for (const [i, c] of candidates.entries()) {
          const { path: path6, by } = this.strip(c);
          if (path6 !== null && insideRepo(path6) && this.exists(path6))
            return { reported, path: path6, by: c === plain2[i] ? by : "path-prefix" };
        }
        if (!this.ctx.repoFiles) {
          for (const c of candidates) {
            const { path: path6 } = this.strip(c);
            if (path6 !== null && insideRepo(path6)) return { reported, path: path6, by: "unverified" };
          }
          return { reported, path: null, by: null };
        }
        for (const c of candidates) {
          if (!isAbsolutePath(c) && !insideRepo(c)) continue;
          const found = this.bySuffix(c);
          if (found) return { reported, path: found, by: "suffix" };
        }
        return { reported, path: null, by: null };
      }
      /** Only a known file list can confirm a path; without one, mappings are labelled `unverified`. */
      exists(p) {
        return this.ctx.repoFiles?.has(p) ?? false;
      }
      strip(c) {
        if (!isAbsolutePath(c)) return { path: c, by: "exact" };
        if (this.workspace && c.startsWith(this.workspace + "/"))
          return { path: c.slice(this.workspace.length + 1), by: "workspace" };
        for (const re of RUNNER_PREFIXES) {
          const m = re.exec(c);
          if (m) return { path: c.slice(m[0].length), by: "runner-prefix" };
        }
        return { path: null, by: "exact" };
      }
      /**
       * The repository file that is the longest tail of `c` (`/opt/build/src/a.py` → `src/a.py`), or
       * whose tail `c` is (`a/b.py` → `pkg/a/b.py`); only when exactly one file matches.
       */
      bySuffix(c) {
        const base = c.slice(c.lastIndexOf("/") + 1);
        const sameName = this.byBasename.get(base);
        if (!sameName) return null;
        const tail = c.startsWith("/") ? c : "/" + c;
        const matches = sameName.filter((f) => tail.endsWith("/" + f) || ("/" + f).endsWith(tail));
        if (matches.length === 1) return matches[0];
        if (matches.length > 1) {
          const contained = matches.filter((f) => tail.endsWith("/" + f)).sort((a, b) => b.length - a.length);
          if (contained.length > 0 && (contained.length === 1 || contained[0].length > contained[1].length))
            return contained[0];
        }
        return null;
      }
    };
  }
});

// src/analysis/prefix.ts
function suggestPathPrefix(mappings, ctx) {
  const repoFiles = ctx.repoFiles;
  if (repoFiles === null) return null;
  const unmapped = [...new Set(mappings.filter((m) => m.path === null).map((m) => m.reported))];
  if (unmapped.length === 0) return null;
  const byBasename = /* @__PURE__ */ new Map();
  for (const f of repoFiles) {
    const name = basename2(f);
    const list = byBasename.get(name);
    if (list) list.push(f);
    else byBasename.set(name, [f]);
  }
  const voters = [
    .../* @__PURE__ */ new Set([
      ...unmapped.map(normalizePath2),
      ...mappings.filter((m) => m.by === "suffix").map((m) => normalizePath2(m.reported))
    ])
  ].slice(0, VOTERS);
  const votes = /* @__PURE__ */ new Map();
  for (const path6 of voters) {
    const mine = /* @__PURE__ */ new Set();
    for (const file of byBasename.get(basename2(path6)) ?? []) {
      const shared = sharedTail(path6, file);
      const strip = path6.slice(0, path6.length - shared.length);
      const add2 = file.slice(0, file.length - shared.length);
      if (strip === "" && add2 === "") continue;
      const key = `${strip}
${add2}`;
      if (mine.has(key)) continue;
      mine.add(key);
      const seen = votes.get(key);
      if (seen) seen.votes += 1;
      else votes.set(key, { strip, add: add2, votes: 1 });
    }
  }
  const ranked = [...votes.values()].sort((a, b) => b.votes - a.votes || compare(a.strip, b.strip) || compare(a.add, b.add)).slice(0, CANDIDATES);
  const remap = (prefix) => {
    const mapper = new PathMapper({ ...ctx, prefix });
    return (reported) => mapper.map(reported, []).path;
  };
  const now = remap(ctx.prefix ?? null);
  const unmappedSet = new Set(unmapped);
  const tried = [];
  for (const c of ranked) {
    const next = remap({ strip: c.strip === "" ? [] : [c.strip], add: c.add });
    let wouldMap = 0;
    let breaks = false;
    const seen = /* @__PURE__ */ new Set();
    for (const m of mappings) {
      if (seen.has(m.reported)) continue;
      seen.add(m.reported);
      const after = next(m.reported);
      if (unmappedSet.has(m.reported)) {
        if (after !== null) wouldMap += 1;
      } else if (after !== now(m.reported)) {
        breaks = true;
        break;
      }
    }
    if (!breaks) tried.push({ ...c, wouldMap });
  }
  tried.sort((a, b) => b.wouldMap - a.wouldMap || b.votes - a.votes);
  const [best, second] = tried;
  if (best === void 0 || best.wouldMap * 2 <= unmapped.length) return null;
  if (second !== void 0 && second.wouldMap === best.wouldMap && second.votes === best.votes) return null;
  return {
    ...best.strip === "" ? {} : { strip: best.strip },
    ...best.add === "" ? {} : { add: best.add },
    wouldMap: best.wouldMap,
    unmapped: unmapped.length
  };
}
function describePrefixSuggestion(s) {
  const parts = [];
  if (s.strip !== void 0) parts.push(`strip: [${yamlScalar(s.strip)}]`);
  if (s.add !== void 0) parts.push(`add: ${yamlScalar(s.add)}`);
  const paths = s.unmapped === 1 ? "1 coverage path matches" : `${s.unmapped} coverage paths match`;
  const how = s.wouldMap === s.unmapped ? s.unmapped === 1 ? "it" : "all of them" : `${s.wouldMap} of them`;
  return `${paths} no file in the repository; coverage.path-prefix: {${parts.join(", ")}} would map ${how}`;
}
function sharedTail(a, b) {
  const x = a.split("/");
  const y = b.split("/");
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n] && x[x.length - 1 - n] !== "")
    n += 1;
  return x.slice(x.length - n).join("/");
}
function basename2(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function yamlScalar(text) {
  return /^[A-Za-z0-9_./-][^,[\]{}#:'"]*$/.test(text) ? text : `'${text.replace(/'/g, "''")}'`;
}
var CANDIDATES, VOTERS;
var init_prefix = __esm({
  "src/analysis/prefix.ts"() {
    "use strict";
    init_paths();
    CANDIDATES = 5;
    VOTERS = 2e3;
  }
});

// src/gates/ladder.ts
function floorOn(ladder, date) {
  const { baseline, target, since, horizon } = ladder;
  if (baseline === null || target === null || since === null || horizon === null)
    return { floor: baseline, progress: null };
  const s = dayNumber(since);
  const h = dayNumber(horizon);
  const d = dayNumber(date);
  if (s === null || h === null || d === null || h <= s) return { floor: baseline, progress: null };
  const progress = Math.min(1, Math.max(0, (d - s) / (h - s)));
  return { floor: baseline + (target - baseline) * progress, progress };
}
function judgeLadder(ladder, measured, date) {
  const { floor, progress } = floorOn(ladder, date);
  const figures = {
    metric: ladder.metric,
    current: measured.percent,
    covered: measured.covered,
    total: measured.total,
    baseline: ladder.baseline,
    tolerance: ladder.tolerance,
    target: ladder.target,
    since: ladder.since,
    horizon: ladder.horizon,
    date,
    floor,
    progress
  };
  const gate = "ladder";
  if (ladder.baseline === null && ladder.target === null) {
    return {
      figures,
      verdict: {
        gate,
        status: "skipped",
        reasons: [
          {
            code: "NO_LADDER",
            message: "no coverage baseline or target is configured; figures are reported, nothing is judged",
            evidence: {}
          }
        ]
      }
    };
  }
  const current = measured.percent;
  if (current === null) {
    const what = ladder.metric === "line" ? "executable lines" : "branches";
    return {
      figures,
      verdict: {
        gate,
        status: "fail",
        reasons: [
          {
            code: "NO_COVERAGE_DATA",
            message: `the coverage reports list no ${what}, so ${ladder.metric} coverage cannot be measured`,
            evidence: { metric: ladder.metric, total: 0 }
          }
        ]
      }
    };
  }
  const reasons = [];
  const tol = ladder.tolerance;
  if (ladder.baseline !== null && current < ladder.baseline - tol - EPSILON2) {
    reasons.push({
      code: "COVERAGE_REGRESSION",
      message: `${ladder.metric} coverage ${pct(current)} fell ${pp(ladder.baseline - current)} below the baseline ${pct(ladder.baseline)} (tolerance ${pp(tol)})`,
      evidence: { current, baseline: ladder.baseline, tolerance: tol, drop: ladder.baseline - current }
    });
  }
  const afterHorizon = ladder.horizon !== null && (dayNumber(date) ?? -Infinity) > (dayNumber(ladder.horizon) ?? Infinity);
  if (afterHorizon && ladder.target !== null) {
    if (current < ladder.target - tol - EPSILON2) {
      reasons.push({
        code: "TARGET_MISSED_AFTER_HORIZON",
        message: `${ladder.metric} coverage ${pct(current)} is below the target ${pct(ladder.target)} that was due on ${ladder.horizon} (tolerance ${pp(tol)})`,
        evidence: { current, target: ladder.target, horizon: ladder.horizon, tolerance: tol, date }
      });
    }
  } else if (floor !== null && ladder.target !== null && current < floor - tol - EPSILON2 && // On or before `since` the floor is the baseline: COVERAGE_REGRESSION already says it.
  !(reasons.length > 0 && floor <= (ladder.baseline ?? floor) + EPSILON2)) {
    reasons.push({
      code: "BELOW_FLOOR",
      message: `${ladder.metric} coverage ${pct(current)} is below today's floor ${pct(floor)} (${date}; the floor rises from ${pct(ladder.baseline ?? floor)} on ${ladder.since} to ${pct(ladder.target)} on ${ladder.horizon}; tolerance ${pp(tol)})`,
      evidence: { current, floor, tolerance: tol, date, since: ladder.since, horizon: ladder.horizon }
    });
  }
  return { figures, verdict: { gate, status: reasons.length > 0 ? "fail" : "pass", reasons } };
}
var EPSILON2;
var init_ladder = __esm({
  "src/gates/ladder.ts"() {
    "use strict";
    init_dates();
    init_format();
    EPSILON2 = 1e-9;
  }
});

// src/analysis/ratchet.ts
function proposeBaseline(current, ladder, date) {
  const hold = (code2, message, evidence2) => ({
    proposed: null,
    since: null,
    reason: { code: code2, message, evidence: evidence2 }
  });
  const { ratchet, baseline, target, metric } = ladder;
  if (ratchet === null) return hold("RATCHET_OFF", "no ratchet is configured", {});
  if (baseline === null) {
    return hold("RATCHET_OFF", "the ratchet needs coverage.baseline to raise; none is configured", {
      step: ratchet.step
    });
  }
  if (current === null) {
    return hold("RATCHET_NO_DATA", `nothing to measure, so the baseline stays at ${pct(baseline)}`, {
      baseline
    });
  }
  const floor = floorOn(ladder, date).floor ?? baseline;
  const against = floor > baseline + EPSILON3 ? `today's floor ${pct(floor)}` : `the baseline ${pct(baseline)}`;
  const rise = current - floor;
  const evidence = { current, baseline, floor, step: ratchet.step, rise };
  if (rise < ratchet.step - EPSILON3) {
    return hold(
      "RATCHET_HOLD",
      `${metric} coverage ${pct(current)} is ${rise >= 0 ? `${pp(rise)} above` : `${pp(-rise)} below`} ${against}, less than the ratchet step ${pp(ratchet.step)}; the baseline stays at ${pct(baseline)}`,
      evidence
    );
  }
  const measured = roundDown2(current);
  const capped2 = target !== null && measured > target;
  const proposed = capped2 ? target : measured;
  if (capped2 && proposed <= baseline + EPSILON3) {
    return hold(
      "RATCHET_HOLD",
      `${metric} coverage ${pct(current)} is above the target ${pct(target)}, which the baseline already equals: the ladder is complete; raise coverage.target to ratchet further`,
      evidence
    );
  }
  if (proposed <= baseline + EPSILON3 || proposed < floor - EPSILON3) {
    return hold(
      "RATCHET_HOLD",
      `${metric} coverage ${Number(current.toFixed(4))} % rounds down to ${proposed.toFixed(2)}, which is not above ${against}; the baseline stays at ${pct(baseline)}`,
      evidence
    );
  }
  const since = restartsOn(ladder, date);
  const also = since === null ? "" : ` and coverage.since to ${since}, so the floor rises from there to the target`;
  const cap = capped2 ? ` (capped at the target ${pct(target)}: the baseline may not exceed it)` : "";
  return {
    proposed,
    since,
    reason: {
      code: "RATCHET_RAISE",
      message: `${metric} coverage ${pct(current)} is ${pp(rise)} above ${against} (ratchet step ${pp(ratchet.step)}): raise coverage.baseline to ${proposed.toFixed(2)}${cap}${also}`,
      evidence: { ...evidence, proposed, since }
    }
  };
}
function roundDown2(percent) {
  const hundredths = Number((percent * 100).toPrecision(12));
  return Math.floor(hundredths) / 100;
}
function restartsOn(ladder, date) {
  if (ladder.since === null || ladder.horizon === null || ladder.target === null) return null;
  const d = dayNumber(date);
  const s = dayNumber(ladder.since);
  const h = dayNumber(ladder.horizon);
  if (d === null || s === null || h === null) return null;
  return d > s && d < h ? date : null;
}
var EPSILON3;
var init_ratchet = __esm({
  "src/analysis/ratchet.ts"() {
    "use strict";
    init_ladder();
    init_dates();
    init_format();
    EPSILON3 = 1e-9;
  }
});

// src/analysis/suspicious.ts
function suspiciousNumbers(input) {
  const reasons = [];
  const { tests, totals: totals2 } = input;
  if (tests !== null && tests.failed + tests.errors > 0) reasons.push(whileFailed(tests, totals2));
  if (tests !== null && tests.passed > 0 && tests.failed + tests.errors === 0) {
    const zero = zeroWhilePassed(tests, totals2);
    if (zero) reasons.push(zero);
  }
  const twoRoots = sameModuleTwoRoots(mergeReports(input.reports).files);
  if (twoRoots) reasons.push(twoRoots);
  const shards = shardsDisagree(input.reports);
  if (shards) reasons.push(shards);
  return reasons;
}
function whileFailed(tests, totals2) {
  const lines2 = totals2.lines.percent;
  const figure = lines2 === null ? "the coverage" : `the line coverage ${pct(lines2)}`;
  return {
    code: "COVERAGE_WHILE_TESTS_FAILED",
    message: `coverage was measured while ${tests.failed} ${tests.failed === 1 ? "test" : "tests"} failed and ${tests.errors} errored (of ${tests.total}): ${figure} is a lower bound, since a failing test stops before running all the code it reaches`,
    evidence: {
      failed: tests.failed,
      errors: tests.errors,
      total: tests.total,
      linePercent: lines2,
      branchPercent: totals2.branches.percent
    }
  };
}
function zeroWhilePassed(tests, totals2) {
  const measured = totals2.files.filter((f) => f.lines.total > 0);
  if (measured.length === 0) return null;
  const zero = measured.filter((f) => f.lines.covered === 0);
  const passed = `${tests.passed} ${tests.passed === 1 ? "test" : "tests"} passed`;
  const why = "tests that pass without running a line usually import another copy of the code (an installed package) or none of it";
  if (zero.length === measured.length) {
    const lines3 = zero.reduce((s, f) => s + f.lines.total, 0);
    return {
      code: "ZERO_COVERAGE_WHILE_TESTS_PASSED",
      message: `${passed}, yet every measured file is at 0 % line coverage (${zero.length} ${zero.length === 1 ? "file" : "files"}, ${lines3} lines); ${why}`,
      evidence: { passed: tests.passed, folders: 0, files: zero.length, lines: lines3, list: null }
    };
  }
  const folders = /* @__PURE__ */ new Map();
  for (const f of measured) {
    for (const folder of ancestors(f.path)) {
      const c = folders.get(folder) ?? { files: 0, zero: 0, lines: 0 };
      c.files += 1;
      if (f.lines.covered === 0) {
        c.zero += 1;
        c.lines += f.lines.total;
      }
      folders.set(folder, c);
    }
  }
  const flagged = [...folders.entries()].filter(([, c]) => c.zero === c.files && c.files >= MIN_FOLDER_FILES).map(([folder]) => folder).sort();
  const outermost = flagged.filter((f) => !flagged.some((g) => g !== f && f.startsWith(g)));
  if (outermost.length === 0) return null;
  const entries = outermost.map((folder) => ({ folder, ...folders.get(folder) }));
  const files = entries.reduce((s, e) => s + e.files, 0);
  const lines2 = entries.reduce((s, e) => s + e.lines, 0);
  const shown = entries.slice(0, SHOWN).map((e) => `${e.folder} (${e.files} files, ${e.lines} lines)`).join(", ");
  const n = entries.length;
  return {
    code: "ZERO_COVERAGE_WHILE_TESTS_PASSED",
    message: `${passed}, yet ${n === 1 ? "a whole folder is" : `${n} whole folders are`} at 0 % line coverage: ${shown}${more(n)}; ${why}`,
    evidence: {
      passed: tests.passed,
      folders: n,
      files,
      lines: lines2,
      list: outermost.slice(0, SHOWN).join(", ")
    }
  };
}
function ancestors(path6) {
  const out = [];
  for (let i = path6.lastIndexOf("/"); i > 0; i = path6.lastIndexOf("/", i - 1)) out.push(path6.slice(0, i + 1));
  return out;
}
function sameModuleTwoRoots(files) {
  const byName = /* @__PURE__ */ new Map();
  for (const f of files) {
    const name = f.path.slice(f.path.lastIndexOf("/") + 1);
    const list = byName.get(name);
    if (list) list.push(f);
    else byName.set(name, [f]);
  }
  const pairs = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const short4 of group) {
      for (const long of group) {
        if (!long.path.endsWith(`/${short4.path}`)) continue;
        const shared = intersection(short4.lines, long.lines);
        const union = short4.lines.length + long.lines.length - shared;
        const similarity = union === 0 ? 0 : shared / union;
        if (shared >= SAME_MODULE_MIN_SHARED && similarity >= SAME_MODULE_SIMILARITY - 1e-9)
          pairs.push({ short: short4, long, shared, similarity });
      }
    }
  }
  if (pairs.length === 0) return null;
  pairs.sort((a, b) => a.long.path < b.long.path ? -1 : a.long.path > b.long.path ? 1 : 0);
  const shown = pairs.slice(0, SHOWN).map(
    (p) => `${p.short.path} and ${p.long.path} (${p.short.lines.length} and ${p.long.lines.length} lines, ${Math.round(p.similarity * 100)} % alike)`
  ).join(", ");
  const n = pairs.length;
  return {
    code: "SAME_MODULE_TWO_ROOTS",
    message: `${n === 1 ? "a module appears" : `${n} modules appear`} under two roots, so ${n === 1 ? "its" : "their"} coverage is split between two entries: ${shown}${more(n)}; measure one copy (for example, run the tests against the source tree rather than an installed package)`,
    evidence: {
      pairs: n,
      list: pairs.slice(0, SHOWN).map((p) => `${p.short.path} ~ ${p.long.path}`).join(", ")
    }
  };
}
function shardsDisagree(reports) {
  const seen = /* @__PURE__ */ new Map();
  reports.forEach((r, i) => {
    const name = r.sources.map((s) => s.file).join(" + ") || `report ${i + 1}`;
    for (const f of r.files) {
      const list = seen.get(f.path);
      if (list) list.push({ report: name, lines: f.lines });
      else seen.set(f.path, [{ report: name, lines: f.lines }]);
    }
  });
  const disagree = [];
  for (const [path6, listed] of seen) {
    if (listed.length < 2) continue;
    const first = listed[0].lines;
    if (listed.every((l) => sameLines(l.lines, first))) continue;
    const union = new Set(listed.flatMap((l) => l.lines));
    const common = [...union].filter((line) => listed.every((l) => includes(l.lines, line)));
    disagree.push({ path: path6, listed, differ: union.size - common.length });
  }
  if (disagree.length === 0) return null;
  disagree.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const n = disagree.length;
  const shown = disagree.slice(0, SHOWN).map(
    (d) => `${d.path} (${d.listed.map((l) => `${l.report}: ${l.lines.length}`).join(", ")} lines; ${d.differ} not in every report)`
  ).join(", ");
  return {
    code: "SHARDS_DISAGREE",
    message: `${n === 1 ? "1 file has" : `${n} files have`} different executable lines in different coverage reports, so the shards did not measure the same code (or not with the same tool); merged, each such file has the union of its lines: ${shown}${more(n)}`,
    evidence: {
      files: n,
      lines: disagree.reduce((s, d) => s + d.differ, 0),
      list: disagree.slice(0, SHOWN).map((d) => d.path).join(", ")
    }
  };
}
function more(n) {
  return n > SHOWN ? `, and ${n - SHOWN} more` : "";
}
function intersection(a, b) {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return n;
}
function sameLines(a, b) {
  return a.length === b.length && a.every((l, i) => b[i] === l);
}
function includes(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const v = sorted[mid];
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
var SHOWN, MIN_FOLDER_FILES, SAME_MODULE_SIMILARITY, SAME_MODULE_MIN_SHARED;
var init_suspicious = __esm({
  "src/analysis/suspicious.ts"() {
    "use strict";
    init_format();
    init_merge();
    SHOWN = 10;
    MIN_FOLDER_FILES = 2;
    SAME_MODULE_SIMILARITY = 0.8;
    SAME_MODULE_MIN_SHARED = 3;
  }
});

// src/analysis/tests.ts
var tests_exports = {};
__export(tests_exports, {
  durationSummary: () => durationSummary,
  firstFailure: () => firstFailure,
  percentiles: () => percentiles,
  testTotals: () => testTotals
});
function testTotals(cases, flakyIds) {
  let passed = 0;
  let failed = 0;
  let errors = 0;
  let skipped = 0;
  for (const c of cases) {
    if (c.outcome === "passed") passed++;
    else if (c.outcome === "failed") failed++;
    else if (c.outcome === "error") errors++;
    else skipped++;
  }
  return { total: cases.length, passed, failed, errors, skipped, flaky: new Set(flakyIds).size };
}
function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return {
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    p99: at(0.99),
    method: "nearest-rank",
    samples: sorted.length
  };
}
function durationSummary(cases, slowestCount = 10) {
  const timed = cases.filter((c) => c.duration !== null && c.outcome !== "skipped");
  const slowest = [...timed].sort((a, b) => b.duration - a.duration || (a.id < b.id ? -1 : 1)).slice(0, slowestCount).map((c) => ({ id: c.id, name: c.name, duration: c.duration }));
  return {
    percentiles: percentiles(timed.map((c) => c.duration)),
    total: timed.reduce((s, c) => s + c.duration, 0),
    slowest
  };
}
function firstFailure(run2) {
  let elapsed = 0;
  let found = null;
  let total = 0;
  for (const c of run2.cases) {
    total += c.duration ?? 0;
    if (!found) {
      elapsed += c.duration ?? 0;
      if (c.outcome === "failed" || c.outcome === "error") found = { id: c.id, at: elapsed };
    }
  }
  if (!found) return null;
  return {
    id: found.id,
    timeToFirstFailure: found.at,
    totalTime: total,
    savedShare: total > 0 ? (total - found.at) / total : 0
  };
}
var init_tests = __esm({
  "src/analysis/tests.ts"() {
    "use strict";
  }
});

// src/gates/environment.ts
function judgeEnvironment(signature, expected2) {
  const findings = [];
  const fail3 = (reason) => findings.push({ severity: "fail", reason });
  const warn = (reason) => findings.push({ severity: "warn", reason });
  if (expected2.os !== null && !expected2.os.allowed.includes(signature.os)) {
    const allowed = expected2.os.allowed;
    fail3({
      code: "OS_MISMATCH",
      message: `the tests run on ${signature.os}, expected ${orList(allowed)} (${expected2.os.source})`,
      evidence: {
        expected: allowed.join(", "),
        actual: signature.os,
        platform: signature.platform,
        source: expected2.os.source
      }
    });
  }
  for (const [name, entry] of Object.entries(signature.runtimes)) {
    const want2 = expected2.runtimes[name];
    if (want2 !== void 0) continue;
    const why = entry.detected_from.length > 0 ? `the repository uses it: ${entry.detected_from.join(", ")}` : null;
    const r = probeProblem("runtime", name, entry, null, why);
    if (r !== null && entry.status !== "missing") warn(r);
  }
  for (const [name, want2] of Object.entries(expected2.runtimes)) {
    if (want2 === void 0) continue;
    judgeVersion("runtime", name, signature.runtimes[name], want2, fail3);
  }
  for (const name of Object.keys(expected2.tools).sort())
    judgeVersion("tool", name, signature.tools[name], expected2.tools[name], fail3);
  const locks = new Map(signature.lock_files.map((l) => [l.file, l]));
  for (const file of Object.keys(expected2.lockFiles).sort()) {
    const want2 = expected2.lockFiles[file];
    const l = locks.get(file);
    const evidence = { file, expected: want2.sha256, source: want2.source };
    if (l === void 0 || l.status === "missing") {
      fail3({
        code: "LOCKFILE_MISSING",
        message: `${file} is expected (${want2.sha256 === "present" ? "present" : `sha256 ${short3(want2.sha256)}`}, ${want2.source}) but the repository has no such file`,
        evidence: { ...evidence, actual: null }
      });
    } else if (l.status === "unreadable") {
      fail3({
        code: "LOCKFILE_UNREADABLE",
        message: `${file} exists but cannot be read (${l.error ?? "unknown error"}), so its hash cannot be checked (${want2.source})`,
        evidence: { ...evidence, actual: null, error: l.error ?? null }
      });
    } else if (want2.sha256 !== "present" && want2.sha256 !== l.sha256 && want2.sha256 !== l.sha256_lf) {
      fail3({
        code: "LOCKFILE_HASH_MISMATCH",
        message: `${file} has sha256 ${short3(l.sha256)}, expected ${short3(want2.sha256)} (${want2.source}): the dependencies installed are not the ones pinned`,
        evidence: { ...evidence, actual: l.sha256 }
      });
    }
  }
  for (const l of signature.lock_files)
    if (l.status === "unreadable" && expected2.lockFiles[l.file] === void 0)
      warn({
        code: "LOCKFILE_UNREADABLE",
        message: `${l.file} exists but cannot be read (${l.error ?? "unknown error"}); it is recorded without a hash`,
        evidence: { file: l.file, expected: null, actual: null, error: l.error ?? null, source: null }
      });
  const states = new Map(signature.env.map((e) => [e.name, e.state]));
  for (const { name, source } of expected2.requiredEnv) {
    const state = states.get(name);
    if (state === "set") continue;
    const actual = state ?? "unset";
    const what = state === "empty" ? "is set but empty" : state === void 0 ? "was not checked (the signature does not list it)" : "is not set";
    fail3({
      code: "ENV_VAR_MISSING",
      message: `${name} ${what}; it is required (${source})`,
      evidence: { variable: name, expected: "set", actual, source }
    });
  }
  const seed = signature.seed;
  const want = expected2.seed;
  if (seed.variable === want.variable) {
    if (seed.state === "not-integer") {
      fail3({
        code: "SEED_NOT_INTEGER",
        message: `${seed.variable} is not an integer: ${seed.problem ?? "it has other characters than digits"}`,
        evidence: {
          variable: seed.variable,
          expected: "an integer",
          actual: "not an integer",
          problem: seed.problem ?? null
        }
      });
    } else if (want.required && (seed.state === "unset" || seed.state === "empty")) {
      fail3({
        code: "SEED_MISSING",
        message: `${seed.variable} ${seed.state === "unset" ? "is not set" : seed.problem === "set but only whitespace" ? "is set but only whitespace" : "is set but empty"}; the reproducibility seed is required (${want.source ?? "environment.seed.required"})`,
        evidence: {
          variable: seed.variable,
          expected: "an integer",
          actual: seed.state,
          source: want.source
        }
      });
    }
  } else if (want.required) {
    fail3({
      code: "SEED_MISSING",
      message: `the signature records the seed ${seed.variable}, not ${want.variable}; the reproducibility seed ${want.variable} is required (${want.source ?? "environment.seed.required"})`,
      evidence: {
        variable: want.variable,
        expected: "an integer",
        actual: "not checked",
        source: want.source
      }
    });
  }
  const reasons = [
    ...findings.filter((f) => f.severity === "fail"),
    ...findings.filter((f) => f.severity === "warn")
  ].map((f) => f.reason);
  const status = findings.some((f) => f.severity === "fail") ? "fail" : findings.length > 0 ? "warn" : "pass";
  return { gate: GATE, status, reasons };
}
function skippedEnvironment(by) {
  return {
    gate: GATE,
    status: "skipped",
    reasons: [
      {
        code: "ENV_VALIDATION_SKIPPED",
        message: `environment validation was skipped by ${by}; nothing about the environment was judged`,
        evidence: { by }
      }
    ]
  };
}
function validationSkippedBy(input, variable) {
  const given = input?.trim().toLowerCase();
  if (given) return given === "skip" ? "validate-env: skip" : null;
  return variable?.trim().toLowerCase() === "skip" ? "TPR_ENV_VALIDATE=skip" : null;
}
function validationFailure(verdict, signature) {
  return {
    gate: verdict.gate,
    status: verdict.status,
    codes: [...new Set(verdict.reasons.map((r) => r.code))],
    reasons: verdict.reasons,
    environment: {
      os: signature.os,
      arch: signature.arch,
      runner: signature.runner,
      captured_at: signature.captured_at
    }
  };
}
function judgeVersion(kind, name, entry, want, fail3) {
  const base = { kind, [kind]: name, expected: want.range, source: want.source };
  if (entry === void 0) {
    fail3({
      code: "TOOL_MISSING",
      message: `${name} ${want.range} is expected (${want.source}) but was not probed: the signature has no ${kind} ${name}`,
      evidence: { ...base, actual: null, command: null }
    });
    return;
  }
  const problem = probeProblem(kind, name, entry, want, null);
  if (problem !== null) {
    fail3(problem);
    return;
  }
  const actual = entry.version;
  if (satisfies(actual, want.range)) return;
  const range = parseRange(want.range);
  const why = "problem" in range ? `; the expectation is not a version range: ${range.problem}` : isPrerelease(actual) ? `; ${actual} is a prerelease, which a range admits only when it names a prerelease of the same version` : "";
  fail3({
    code: kind === "runtime" ? "RUNTIME_VERSION_MISMATCH" : "TOOL_VERSION_MISMATCH",
    message: `${name} is ${actual}, expected ${want.range} (${want.source})${why}`,
    evidence: { ...base, actual, command: entry.command }
  });
}
function probeProblem(kind, name, entry, want, context) {
  const wanted = want === null ? context === null ? "" : ` (${context})` : `; ${name} ${want.range} is expected (${want.source})`;
  const evidence = {
    kind,
    [kind]: name,
    expected: want?.range ?? null,
    actual: null,
    command: entry.command,
    source: want?.source ?? null
  };
  const program = entry.command.split(" ")[0] ?? name;
  switch (entry.status) {
    case "ok":
      return null;
    case "missing":
      return {
        code: "TOOL_MISSING",
        message: `${program} was not found on PATH${wanted}`,
        evidence
      };
    case "timeout":
      return {
        code: "TOOL_PROBE_TIMEOUT",
        message: `"${entry.command}" did not answer within ${entry.timeout_ms ?? "?"} ms and was stopped${wanted}`,
        evidence: { ...evidence, timeout_ms: entry.timeout_ms ?? null }
      };
    case "unreadable":
      return {
        code: "TOOL_VERSION_UNREADABLE",
        message: `"${entry.command}" printed no version number (exit code ${entry.exit_code ?? "none: killed by a signal"}, ${entry.stdout_bytes ?? 0} bytes on stdout, ${entry.stderr_bytes ?? 0} on stderr)${wanted}`,
        evidence: {
          ...evidence,
          exit_code: entry.exit_code ?? null,
          stdout_bytes: entry.stdout_bytes ?? null,
          stderr_bytes: entry.stderr_bytes ?? null
        }
      };
    case "error":
      return {
        code: "TOOL_VERSION_UNREADABLE",
        message: `"${entry.command}" could not be started (${errorWords(entry.error)})${wanted}`,
        evidence: { ...evidence, error: entry.error ?? null }
      };
  }
}
function errorWords(code2) {
  if (code2 === "EACCES") return "EACCES: permission denied; is it executable?";
  return code2 ?? "unknown error";
}
function orList(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function short3(sha) {
  return sha === null ? "none" : `${sha.slice(0, 12)}\u2026`;
}
var GATE;
var init_environment3 = __esm({
  "src/gates/environment.ts"() {
    "use strict";
    init_versions();
    GATE = "environment";
  }
});

// src/gates/patch.ts
function judgePatch(patch, cfg) {
  if (cfg.target === null)
    return {
      gate: GATE2,
      status: "skipped",
      reasons: [
        {
          code: "NO_PATCH_TARGET",
          message: "no patch coverage target is configured; the figures are reported, nothing is judged",
          evidence: { covered: patch.covered, total: patch.total, percent: patch.percent }
        }
      ]
    };
  if (patch.total === 0 || patch.percent === null) {
    const unreported = patch.unreported.length;
    const why = patch.changedLines === 0 ? "the change adds no lines" : `none of the ${patch.changedLines} changed lines is an executable line of a coverage report` + (unreported > 0 ? ` (${unreported} changed ${unreported === 1 ? "file is" : "files are"} not in any report)` : "");
    return {
      gate: GATE2,
      status: "skipped",
      reasons: [
        {
          code: "NO_EXECUTABLE_CHANGES",
          message: `${why}; patch coverage is not judged`,
          evidence: { changed_lines: patch.changedLines, unreported_files: unreported, target: cfg.target }
        }
      ]
    };
  }
  const { covered, total, percent } = patch;
  if (percent >= cfg.target - EPSILON4) return { gate: GATE2, status: "pass", reasons: [] };
  const needed = linesNeeded(covered, total, cfg.target);
  const figures = `patch coverage ${pct(percent)} (${covered} of ${total} executable changed lines) is below the target ${pct(cfg.target)}`;
  const evidence = { percent, target: cfg.target, covered, total, uncovered: total - covered, needed };
  if (total < cfg.minLines)
    return {
      gate: GATE2,
      status: "warn",
      reasons: [
        {
          code: "PATCH_TOO_SMALL_TO_JUDGE",
          message: `${figures}, but ${total} ${total === 1 ? "line is" : "lines are"} fewer than the ${cfg.minLines} needed to fail the gate (min-lines); one line moves it by ${pp(100 / total)}`,
          evidence: { ...evidence, min_lines: cfg.minLines }
        }
      ]
    };
  return {
    gate: GATE2,
    status: "fail",
    reasons: [
      {
        code: "PATCH_BELOW_TARGET",
        message: `${figures}; cover ${needed} more changed ${needed === 1 ? "line" : "lines"} to reach it`,
        evidence
      }
    ]
  };
}
function linesNeeded(covered, total, target) {
  let k = Math.max(0, Math.ceil(target * total / 100 - covered - EPSILON4));
  while (k > 0 && (covered + k - 1) / total * 100 >= target - EPSILON4) k--;
  while (covered + k < total && (covered + k) / total * 100 < target - EPSILON4) k++;
  return k;
}
var EPSILON4, GATE2;
var init_patch2 = __esm({
  "src/gates/patch.ts"() {
    "use strict";
    init_format();
    EPSILON4 = 1e-9;
    GATE2 = "patch";
  }
});

// src/gates/tests.ts
function judgeTests(t) {
  if (t === null)
    return {
      gate: "tests",
      status: "skipped",
      reasons: [{ code: "NO_TEST_REPORTS", message: "no JUnit reports were given", evidence: {} }]
    };
  if (t.total === 0)
    return {
      gate: "tests",
      status: "fail",
      reasons: [
        { code: "NO_TESTS", message: "the JUnit reports contain no test cases", evidence: { total: 0 } }
      ]
    };
  const broken = t.failed + t.errors;
  if (t.passed + broken === 0)
    return {
      gate: "tests",
      status: "fail",
      reasons: [
        {
          code: "NO_TESTS_RAN",
          message: `all ${t.total} tests were skipped; nothing was tested`,
          evidence: { total: t.total, skipped: t.skipped }
        }
      ]
    };
  if (broken === 0) return { gate: "tests", status: "pass", reasons: [] };
  return {
    gate: "tests",
    status: "fail",
    reasons: [
      {
        code: "TESTS_FAILED",
        message: `${t.failed} failed and ${t.errors} errored of ${t.total} tests; coverage measured in this run is a lower bound`,
        evidence: { failed: t.failed, errors: t.errors, total: t.total }
      }
    ]
  };
}
var init_tests2 = __esm({
  "src/gates/tests.ts"() {
    "use strict";
  }
});

// src/gates/tiers.ts
function tierMatcher(tier) {
  const include = tier.paths.filter((g) => !g.startsWith("!"));
  const exclude = tier.paths.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  const isIn = include.length > 0 ? (0, import_picomatch3.default)(include, TIER_GLOB_OPTIONS) : () => false;
  const isOut = exclude.length > 0 ? (0, import_picomatch3.default)(exclude, TIER_GLOB_OPTIONS) : () => false;
  return (path6) => isIn(path6) && !isOut(path6);
}
function judgeTiers(files, tiers, metric) {
  const gate = "tiers";
  if (tiers.length === 0) {
    return {
      figures: [],
      verdict: {
        gate,
        status: "skipped",
        reasons: [{ code: "NO_TIERS", message: "no coverage tiers are configured", evidence: {} }]
      }
    };
  }
  const what = metric === "line" ? "lines" : "branches";
  const one = metric === "line" ? "line" : "branch";
  const reasons = [];
  const figures = tiers.map((tier) => {
    const matches = tierMatcher(tier);
    const matched = files.filter((f) => matches(f.path));
    let covered = 0;
    let total = 0;
    const measured = [];
    for (const f of matched) {
      const c = metricOf(f, metric);
      covered += c.covered;
      total += c.total;
      if (c.total > 0)
        measured.push({ path: f.path, covered: c.covered, total: c.total, percent: c.percent ?? 0 });
    }
    const percent = total === 0 ? null : covered / total * 100;
    const below = measured.filter((f) => f.percent < tier.target - EPSILON5).sort(
      (a, b) => a.percent - b.percent || b.total - b.covered - (a.total - a.covered) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    );
    const worst = below.slice(0, WORST_SHOWN);
    const base = {
      name: tier.name,
      target: tier.target,
      each: tier.each,
      files: matched.length,
      covered,
      total,
      percent,
      filesBelow: below.length,
      worst
    };
    if (matched.length === 0) {
      reasons.push({
        code: "TIER_MATCHES_NOTHING",
        message: `tier ${tier.name}: ${tier.paths.join(", ")} ${tier.paths.length === 1 ? "matches" : "match"} no file in the coverage reports; check the globs (they are relative to the repository root)`,
        evidence: { tier: tier.name, paths: tier.paths.join(", "), files: files.length }
      });
      return { ...base, status: "warn" };
    }
    if (percent === null) return { ...base, status: "skipped" };
    if (tier.each) {
      if (below.length === 0) return { ...base, status: "pass" };
      const shown = worst.map((f) => `${f.path} ${pct(f.percent)} (${f.covered}/${f.total})`).join(", ");
      const more2 = below.length > worst.length ? `, and ${below.length - worst.length} more` : "";
      reasons.push({
        code: "TIER_FILE_BELOW_TARGET",
        message: `tier ${tier.name}: ${below.length} of ${measured.length} files are below the target ${pct(tier.target)} each file must reach: ${shown}${more2}`,
        evidence: {
          tier: tier.name,
          target: tier.target,
          files: measured.length,
          below: below.length,
          worst: worst.map((f) => f.path).join(", "),
          worstPercent: worst[0]?.percent ?? null
        }
      });
      return { ...base, status: "fail" };
    }
    if (percent >= tier.target - EPSILON5) return { ...base, status: "pass" };
    const needed = Math.max(0, Math.ceil(tier.target / 100 * total - covered - EPSILON5));
    reasons.push({
      code: "TIER_BELOW_TARGET",
      message: `tier ${tier.name}: ${metric} coverage ${pct(percent)} (${covered} of ${total} ${what} in ${matched.length} ${matched.length === 1 ? "file" : "files"}) is below its target ${pct(tier.target)}; ${needed} more covered ${needed === 1 ? one : what} would reach it`,
      evidence: {
        tier: tier.name,
        target: tier.target,
        percent,
        covered,
        total,
        files: matched.length,
        needed
      }
    });
    return { ...base, status: "fail" };
  });
  let status = "skipped";
  for (const f of figures) if (RANK3[f.status] > RANK3[status]) status = f.status;
  return { verdict: { gate, status, reasons }, figures };
}
var import_picomatch3, EPSILON5, WORST_SHOWN, RANK3;
var init_tiers = __esm({
  "src/gates/tiers.ts"() {
    "use strict";
    import_picomatch3 = __toESM(require_picomatch2(), 1);
    init_types();
    init_totals();
    init_format();
    EPSILON5 = 1e-9;
    WORST_SHOWN = 5;
    RANK3 = { skipped: 0, pass: 1, warn: 2, fail: 3 };
  }
});

// src/report/escape.ts
function cell(s) {
  return inline(s).replace(/\|/g, "\\|");
}
function inline(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]~])/g, "\\$1").replace(/([@#])(?=[A-Za-z0-9])/g, "$1\u200D");
}
function code(s) {
  const clean = s.replace(/[\u0000-\u001F\u007F]/g, " ");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function plain(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}
function logLine(s) {
  return s.replace(/\r?\n|\r/g, " ").replace(/^::/, ": :");
}
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
  }
});

// src/report/summary.ts
function headline(r, format = "markdown") {
  const esc2 = format === "markdown" ? inline : plain;
  const l = r.ladder;
  const failing = r.verdicts.find((v) => v.status === "fail") ?? r.verdicts.find((v) => v.status === "warn");
  const metric = `${l.metric} coverage ${pct(l.current)}`;
  if (failing && failing.reasons[0])
    return `${ICON[r.status]} test-ladder ${r.status}: ${esc2(failing.reasons[0].message)}`;
  const against = l.floor !== null ? ` (floor ${pct(l.floor)})` : l.baseline !== null ? ` (baseline ${pct(l.baseline)})` : "";
  return `${ICON[r.status]} test-ladder ${r.status}: ${metric}${against}`;
}
function ladderLine(r) {
  const l = r.ladder;
  const parts = [`**${pct(l.current)}** ${l.metric} coverage`];
  if (r.coverage.base) {
    const base = l.metric === "line" ? r.coverage.base.lines : r.coverage.base.branches;
    parts.push(`base ${pct(base.percent)}`);
  } else if (l.baseline !== null) parts.push(`baseline ${pct(l.baseline)}`);
  if (r.coverage.delta) parts.push(`\u0394 ${pp(r.coverage.delta.value, true)} vs ${r.coverage.delta.against}`);
  if (l.floor !== null && l.target !== null) parts.push(`floor ${pct(l.floor)} on ${l.date}`);
  if (l.target !== null) parts.push(`target ${pct(l.target)}${l.horizon ? ` by ${l.horizon}` : ""}`);
  if (l.tolerance > 0) parts.push(`tolerance ${pp(l.tolerance)}`);
  return parts.join(" \xB7 ");
}
function renderSummary(r, artifacts, opts = {}) {
  const rows = opts.rows ?? TABLE_ROWS;
  const out = [];
  out.push(`## ${headline(r)}`, "", ladderLine(r), "");
  out.push("### Gates", "", "| Gate | Status | Reasons |", "| --- | --- | --- |");
  for (const v of r.verdicts) {
    const reasons = v.reasons.map((x) => `\`${x.code}\` ${cell(x.message)}`).join("<br>") || "\u2014";
    out.push(`| ${v.gate} | ${ICON[v.status]} ${v.status} | ${reasons} |`);
  }
  out.push("");
  const t = r.coverage.totals;
  out.push("### Coverage", "", "| | Covered | Total | Percent |", "| --- | ---: | ---: | ---: |");
  out.push(`| Lines | ${t.lines.covered} | ${t.lines.total} | ${pct(t.lines.percent)} |`);
  out.push(`| Branches | ${t.branches.covered} | ${t.branches.total} | ${pct(t.branches.percent)} |`);
  out.push("");
  const inputs = r.coverage.inputs.map((i) => `${code(i.file)} (${i.format})`).join(", ");
  out.push(`Read ${r.coverage.inputs.length} report(s): ${inputs}; ${t.files.length} file(s).`);
  const paths = r.coverage.paths;
  if (paths.unmapped.length > 0) {
    const shown = paths.unmapped.slice(0, 5).map(code).join(", ");
    const more2 = paths.unmapped.length > 5 ? ` and ${paths.unmapped.length - 5} more` : "";
    out.push(
      "",
      `\u26A0\uFE0F ${paths.unmapped.length} reported path(s) match no file in the repository: ${shown}${more2}.`
    );
  }
  if (paths.suggestedPrefix) {
    out.push(
      "",
      `\u2139\uFE0F ${paths.bySuffix} path(s) were found only under ${code(paths.suggestedPrefix)}: the reports were written relative to that folder.`
    );
  }
  out.push("");
  if (r.coverage.paths.prefixSuggestion) out.push(`\u{1F4A1} ${inline(r.coverage.paths.prefixSuggestion)}.`, "");
  const statements = r.coverage.totals.statements;
  if (statements)
    out.push(
      `Go statements (as \`go tool cover -func\` counts them): ${statements.covered}/${statements.total} = ${pct(statements.percent)}.`,
      ""
    );
  for (const i of r.coverage.inputs)
    if (i.percentCombined !== void 0)
      out.push(
        `${code(i.file)}: ${inline(i.producer ?? "coverage.py")} prints ${pct(i.percentCombined)} (statements and branches together); the ladder judges ${r.ladder.metric} coverage.`,
        ""
      );
  if (r.coverage.baseDelta) {
    const d = r.coverage.baseDelta.delta;
    out.push(
      `### Against the base run`,
      "",
      `${pct(d.before.percent)} \u2192 ${pct(d.after.percent)} (${pp(d.change, true)}); ${d.files.length} file(s) changed, ${d.added} added, ${d.removed} removed.`,
      ""
    );
    if (r.coverage.baseDelta.explanation)
      out.push(`\u2139\uFE0F ${inline(r.coverage.baseDelta.explanation.message)}`, "");
    if (d.files.length > 0) {
      out.push("| File | Before | After | Change |", "| --- | ---: | ---: | ---: |");
      for (const f of d.files.slice(0, rows))
        out.push(
          `| ${code(f.path)} | ${pct(f.before?.percent ?? null)} | ${pct(f.after?.percent ?? null)} | ${pp(f.change, true)} |`
        );
      if (d.files.length > rows) out.push(`| \u2026 ${d.files.length - rows} more | | | |`);
      out.push("");
    }
  }
  const patch = r.coverage.patch;
  if (patch) {
    out.push(
      "### Patch coverage",
      "",
      `${patch.covered} of ${patch.total} changed executable lines covered: **${pct(patch.percent)}**${r.config.coverage.patch.target !== null ? ` (target ${pct(r.config.coverage.patch.target)})` : ""}; ${patch.changedLines} lines changed (${code(patch.source)}).`,
      ""
    );
    const missing = patch.files.filter((f) => f.uncovered.length > 0);
    if (missing.length > 0) {
      out.push("| File | Covered | Uncovered lines |", "| --- | ---: | --- |");
      for (const f of missing.slice(0, rows))
        out.push(
          `| ${code(f.path)} | ${f.covered}/${f.total} | ${f.uncovered.map(([a, b]) => a === b ? `${a}` : `${a}\u2013${b}`).join(", ")} |`
        );
      if (missing.length > rows) out.push(`| \u2026 ${missing.length - rows} more | | |`);
      out.push("");
    }
    if (patch.unreported.length > 0)
      out.push(
        `${patch.unreported.length} changed file(s) are in no coverage report: ${patch.unreported.slice(0, 5).map(code).join(", ")}${patch.unreported.length > 5 ? ", \u2026" : ""}.`,
        ""
      );
  }
  if (r.coverage.tiers.length > 0) {
    out.push(
      "### Tiers",
      "",
      "| Tier | Files | Covered | Percent | Target | Status |",
      "| --- | ---: | ---: | ---: | ---: | --- |"
    );
    for (const t2 of r.coverage.tiers)
      out.push(
        `| ${cell(t2.name)}${t2.each ? " (each file)" : ""} | ${t2.files} | ${t2.covered}/${t2.total} | ${pct(t2.percent)} | ${pct(t2.target)} | ${ICON[t2.status]} ${t2.status} |`
      );
    out.push("");
  }
  const ratchet = r.coverage.ratchet;
  if (ratchet?.proposed != null)
    out.push(
      `\u2B06\uFE0F Ratchet: raise \`coverage.baseline\` to ${ratchet.proposed.toFixed(2)}${ratchet.since ? ` and \`coverage.since\` to ${ratchet.since}` : ""} in test-ladder.yml.`,
      ""
    );
  const g = r.coverage.gaps;
  if (g.ranked.length > 0) {
    out.push(
      `### Gaps (${g.metric})`,
      "",
      "| File | Covered | Missing | Percent | Gain if covered |",
      "| --- | ---: | ---: | ---: | ---: |"
    );
    for (const f of g.ranked.slice(0, rows))
      out.push(
        `| ${code(f.path)} | ${f.covered}/${f.total} | ${f.missing} | ${pct(f.percent)} | ${pp(f.gain, true)} |`
      );
    if (g.ranked.length > rows) out.push(`| \u2026 ${g.ranked.length - rows} more | | | | |`);
    out.push("");
    for (const [label, path6] of [
      ["floor", g.toFloor],
      ["target", g.toTarget]
    ]) {
      if (!path6) continue;
      if (path6.needed === 0) out.push(`- The ${label} (${pct(path6.goal)}) is met.`);
      else
        out.push(
          `- To reach the ${label} (${pct(path6.goal)}): ${path6.needed} more covered ${g.metric === "line" ? "line(s)" : "branch(es)"}; the fewest files: ${path6.files.length} (${path6.files.slice(0, 5).map(code).join(", ")}${path6.files.length > 5 ? ", \u2026" : ""}).`
        );
    }
    out.push("");
  }
  if (r.tests) {
    const tt = r.tests.totals;
    const d = r.tests.durations.percentiles;
    out.push(
      "### Tests",
      "",
      "| Total | Passed | Failed | Errors | Skipped | Flaky |",
      "| ---: | ---: | ---: | ---: | ---: | ---: |",
      `| ${tt.total} | ${tt.passed} | ${tt.failed} | ${tt.errors} | ${tt.skipped} | ${tt.flaky} |`,
      "",
      `Durations (${d.method}, ${d.samples} tests): p50 ${seconds(d.p50)} \xB7 p90 ${seconds(d.p90)} \xB7 p95 ${seconds(d.p95)} \xB7 p99 ${seconds(d.p99)} \xB7 total ${seconds(r.tests.durations.total)}`,
      ""
    );
    if (r.tests.durations.slowest.length > 0) {
      out.push("| Slowest test | Time |", "| --- | ---: |");
      for (const s of r.tests.durations.slowest.slice(0, 5))
        out.push(`| ${code(s.id)} | ${seconds(s.duration)} |`);
      out.push("");
    }
  }
  if (r.tests && (r.tests.producers.length > 0 || r.tests.notes.length > 0)) {
    out.push(`Read as: ${r.tests.producers.map(inline).join(", ") || "unknown producer"}.`, "");
    for (const note of r.tests.notes.slice(0, rows)) out.push(`- ${inline(note)}`);
    if (r.tests.notes.length > rows) out.push(`- \u2026 ${r.tests.notes.length - rows} more`);
    out.push("");
  }
  if (r.environment) {
    const sig = r.environment.signature;
    const runtimes = Object.entries(sig.runtimes).map(([name, e]) => `${name} ${e.version ?? e.status}`).join(", ");
    out.push(
      "### Environment",
      "",
      `${inline(sig.os)}/${inline(sig.arch)}${runtimes ? ` \xB7 ${inline(runtimes)}` : ""} \xB7 ${sig.lock_files.length} lock file(s) hashed`,
      ""
    );
    for (const d of r.environment.drift.slice(0, rows)) out.push(`- \u2139\uFE0F \`${d.code}\` ${inline(d.message)}`);
    if (r.environment.drift.length > 0) out.push("");
  }
  if (artifacts.length > 0) {
    out.push(
      "<details><summary>Artifacts and their SHA-256</summary>",
      "",
      "| File | SHA-256 |",
      "| --- | --- |"
    );
    for (const a of artifacts) out.push(`| ${code(a.name)} | \`${a.sha256}\` |`);
    out.push("", "</details>", "");
  }
  out.push(
    `<sub>test-ladder ${inline(r.tool.version)} \xB7 run ${inline(r.run.id)} \xB7 judged on ${r.run.date} (UTC) \xB7 percentages compared unrounded, shown to two decimals \xB7 ${fixed2(r.ladder.tolerance)} pp tolerance</sub>`,
    ""
  );
  return out.join("\n");
}
function renderEnvironmentSummary(sig, verdict) {
  const out = [`## ${ICON[verdict.status]} test-ladder environment: ${verdict.status}`, ""];
  if (verdict.reasons.length > 0) {
    out.push("| Reason | Detail |", "| --- | --- |");
    for (const r of verdict.reasons) out.push(`| \`${r.code}\` | ${cell(r.message)} |`);
    out.push("");
  }
  out.push("| Runtime or tool | Version | Probe |", "| --- | --- | --- |");
  for (const [name, e] of [...Object.entries(sig.runtimes), ...Object.entries(sig.tools)])
    out.push(`| ${cell(name)} | ${cell(e.version ?? "\u2014")} | ${cell(e.status)} |`);
  out.push(
    "",
    `${inline(sig.os)}/${inline(sig.arch)} \xB7 ${sig.lock_files.length} lock file(s) hashed \xB7 seed ${inline(sig.seed.variable)} ${sig.seed.state}`,
    ""
  );
  return out.join("\n");
}
var ICON, TABLE_ROWS;
var init_summary = __esm({
  "src/report/summary.ts"() {
    "use strict";
    init_escape();
    init_format();
    ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skipped: "\u23ED\uFE0F" };
    TABLE_ROWS = 10;
  }
});

// src/report/checkpoint.ts
function buildCheckpoint(r, artifacts, events, missingEvents) {
  return {
    schema: CHECKPOINT_SCHEMA,
    status: r.status,
    blocked: missingEvents.length > 0,
    blocked_by: missingEvents.map((e) => `logging_deficit: ${e}`),
    gates: r.verdicts,
    figures: {
      coverage: {
        lines: r.coverage.totals.lines,
        branches: r.coverage.totals.branches,
        delta: r.coverage.delta,
        files: r.coverage.totals.files.length,
        unmapped_paths: r.coverage.paths.unmapped.length
      },
      ladder: r.ladder,
      tests: r.tests ? { totals: r.tests.totals, durations: r.tests.durations.percentiles } : null
    },
    artifacts: artifacts.map((a) => ({ name: a.name, sha256: a.sha256 })),
    events: {
      seen: [...new Set(events.map((e) => e.event))].sort(),
      missing: missingEvents
    },
    tool: r.tool,
    run: r.run
  };
}
function renderCheckpointMarkdown(r, artifacts, missingEvents) {
  const out = [`# Foundation checkpoint`, "", `## ${headline(r)}`, "", ladderLine(r), ""];
  if (missingEvents.length > 0)
    out.push(
      `**Blocked:** expected events never emitted: ${missingEvents.map((e) => code(e)).join(", ")}.`,
      ""
    );
  out.push("| Gate | Status | Reasons |", "| --- | --- | --- |");
  for (const v of r.verdicts)
    out.push(
      `| ${v.gate} | ${v.status} | ${v.reasons.map((x) => `\`${x.code}\` ${cell(x.message)}`).join("<br>") || "\u2014"} |`
    );
  const t = r.coverage.totals;
  out.push(
    "",
    "| Figure | Value |",
    "| --- | --- |",
    `| Line coverage | ${pct(t.lines.percent)} (${t.lines.covered}/${t.lines.total}) |`,
    `| Branch coverage | ${pct(t.branches.percent)} (${t.branches.covered}/${t.branches.total}) |`,
    `| Floor on ${r.ladder.date} | ${pct(r.ladder.floor)} |`,
    `| Target | ${pct(r.ladder.target)}${r.ladder.horizon ? ` by ${r.ladder.horizon}` : ""} |`
  );
  if (r.tests) {
    const tt = r.tests.totals;
    out.push(
      `| Tests | ${tt.total} total, ${tt.passed} passed, ${tt.failed} failed, ${tt.errors} errors, ${tt.skipped} skipped |`
    );
  }
  out.push("", "## Artifacts", "", "| File | SHA-256 |", "| --- | --- |");
  for (const a of artifacts) out.push(`| ${code(a.name)} | \`${a.sha256}\` |`);
  out.push(
    "",
    "This file, `foundation.checkpoint.json`, `events.log.jsonl` and every file above are listed with their SHA-256 in `SHA256SUMS`; `test-ladder verify DIR` checks them all.",
    ""
  );
  return out.join("\n");
}
var CHECKPOINT_SCHEMA;
var init_checkpoint = __esm({
  "src/report/checkpoint.ts"() {
    "use strict";
    init_escape();
    init_summary();
    init_format();
    CHECKPOINT_SCHEMA = "test-ladder/checkpoint@1";
  }
});

// src/model/verdict.ts
function overallStatus(verdicts) {
  let worst = "skipped";
  for (const v of verdicts) if (RANK4[v.status] > RANK4[worst]) worst = v.status;
  return worst;
}
var RANK4;
var init_verdict = __esm({
  "src/model/verdict.ts"() {
    "use strict";
    RANK4 = { skipped: 0, pass: 1, warn: 2, fail: 3 };
  }
});

// src/main.ts
var main_exports = {};
__export(main_exports, {
  checkEnvironment: () => checkEnvironment,
  run: () => run
});
import path3 from "node:path";
async function run(inputs, adapters2) {
  try {
    return inputs.mode === "validate-env" ? await validateEnvironment(inputs, adapters2) : await judgeRun(inputs, adapters2);
  } catch (e) {
    if (isInputError(e)) return { exitCode: 2, result: null, outDir: null, error: e.message, failed: [] };
    throw e;
  }
}
async function judgeRun(inputs, adapters2) {
  const { files, reporter, host } = adapters2;
  const startedAt = host.now();
  const t0 = host.monotonic();
  const date = inputs.date ?? utcDate(startedAt);
  const correlationId = newCorrelationId((n) => host.randomBytes(n));
  const events = new EventLog({
    runId: inputs.context.runId,
    correlationId,
    clock: () => host.now(),
    envValues: host.envValues
  });
  events.emit("metrics_capture_start", { mode: inputs.mode, date });
  const config = await loadConfig(inputs, adapters2);
  const ladderConfig = config.coverage;
  const repoFiles = await files.listRepoFiles(inputs.workspace);
  const pathContext = {
    workspace: inputs.workspace,
    repoFiles,
    prefix: ladderConfig.pathPrefix
  };
  const coverage = await readCoverage(inputs, adapters2, pathContext);
  const tests = inputs.tests.length > 0 ? await readTests(inputs, adapters2) : null;
  const base = inputs.baseDir ? await readBase(inputs.baseDir, adapters2, { ...pathContext, prefix: null }) : null;
  const previous = inputs.historyDir ? await readPreviousHistory(inputs.historyDir, adapters2) : null;
  const changed = await readChangedLines(inputs, adapters2);
  const merged = mergeReports(coverage.reports);
  const coverageTotals = totals(merged);
  const metric = ladderConfig.metric;
  const measured = metricOf(coverageTotals, metric);
  const ladder = judgeLadder(ladderConfig, measured, date);
  const tiers = judgeTiers(coverageTotals.files, ladderConfig.tiers, metric);
  const patch = changed ? { ...patchCoverage(merged, changed.files), source: changed.source } : null;
  const baseDelta = base ? compareCoverage(base.report, merged, metric) : null;
  const explanation = baseDelta ? explainDrop(baseDelta) : null;
  const testRun = tests ? summarizeTests(tests, inputs) : null;
  const suspicious = suspiciousNumbers({
    reports: coverage.reports,
    totals: coverageTotals,
    tests: testRun?.totals ?? null
  });
  const gaps = analyzeGaps(coverageTotals, metric, {
    floor: ladder.figures.floor,
    target: ladderConfig.target
  });
  const ratchet = ladderConfig.ratchet ? proposeBaseline(measured.percent, ladderConfig, date) : null;
  const prefix = suggestPathPrefix(coverage.mappings, pathContext);
  events.emit("coverage_ladder_recorded", {
    metric,
    current: measured.percent,
    floor: ladder.figures.floor,
    target: ladderConfig.target,
    status: ladder.verdict.status
  });
  const verdicts = [
    explanation && ladder.verdict.status === "fail" ? { ...ladder.verdict, reasons: [...ladder.verdict.reasons, explanation] } : ladder.verdict,
    tiers.verdict,
    patch ? judgePatch(patch, ladderConfig.patch) : {
      gate: "patch",
      status: "skipped",
      reasons: [{ code: "NO_DIFF", message: "no diff or base ref was given", evidence: {} }]
    },
    judgeTests(testRun?.totals ?? null),
    {
      gate: "suspicious",
      status: suspicious.length > 0 ? "warn" : "pass",
      reasons: suspicious
    }
  ];
  const judgedAfterMs = host.monotonic() - t0;
  const environment = await environmentForRun(inputs, adapters2, config, base?.dir ?? null);
  const history = extendHistory(previous, {
    runId: inputs.context.runId,
    attempt: inputs.context.attempt,
    commit: inputs.context.commit,
    date,
    cases: tests?.cases ?? [],
    flakyIds: tests?.flakyIds ?? []
  });
  const flakes = flakeReport(history, tests?.flakyIds ?? []);
  events.emit("flake_scan_complete", {
    runs_seen: flakes.runsSeen,
    flaky: flakes.flaky.length,
    flake_rate: flakes.flakeRate
  });
  events.emit("failfast_mode_applied", { mode: "off" });
  const result = {
    tool: { name: "test-ladder", version: VERSION },
    run: {
      id: inputs.context.runId,
      attempt: inputs.context.attempt,
      correlationId,
      commit: inputs.context.commit,
      ref: inputs.context.ref,
      repository: inputs.context.repository,
      startedAt: startedAt.toISOString(),
      date
    },
    config,
    coverage: {
      inputs: merged.sources.map((s) => ({
        file: s.file,
        format: s.format,
        ...s.producer ? { producer: s.producer } : {},
        ...s.percentCombined !== void 0 ? { percentCombined: s.percentCombined } : {}
      })),
      totals: coverageTotals,
      paths: { ...coverage.summary, prefixSuggestion: prefix ? describePrefixSuggestion(prefix) : null },
      base: base ? {
        source: displayPath(base.file, inputs.workspace),
        lines: base.totals.lines,
        branches: base.totals.branches
      } : null,
      delta: coverageDelta(
        measured.percent,
        base ? metricOf(base.totals, metric).percent : void 0,
        ladderConfig.baseline
      ),
      baseDelta: baseDelta ? { delta: baseDelta, explanation } : null,
      gaps,
      tiers: tiers.figures,
      ratchet,
      patch
    },
    ladder: ladder.figures,
    tests: testRun,
    environment,
    verdicts,
    status: overallStatus(verdicts)
  };
  events.emit("metrics_capture_complete", { status: result.status, files: coverageTotals.files.length });
  const set = new ArtifactSet();
  const cobertura = coberturaView(merged);
  if (cobertura.dropped.outcomes > 0)
    reporter.warning(
      `${cobertura.dropped.outcomes} branch outcomes (${cobertura.dropped.covered} covered) are on lines no report lists as executable (coverage.py's LCOV puts function exits on line 0); Cobertura cannot carry them, so coverage.xml leaves them out while the figures here count them`
    );
  set.addText("coverage.xml", writeCobertura(merged, { timestamp: startedAt.getTime(), version: VERSION }));
  set.addJson("coverage.gaps.json", { ...gaps, tool: result.tool, run: result.run });
  set.addText("coverage-ladder.yaml", ladderYaml(result));
  set.addJson("durations.json", durationsArtifact(result));
  set.addJson("flake.report.json", { ...flakes, tool: result.tool, run: result.run });
  set.addJson("failfast.summary.json", {
    mode: "off",
    first_failure: testRun?.firstFailure ?? null,
    first_failing_gate: verdicts.find((v) => v.status === "fail")?.gate ?? null,
    detected_after_ms: verdicts.some((v) => v.status === "fail") ? Math.round(judgedAfterMs) : null,
    note: "mode off: every stage ran; first_failure is what a fail-fast test run would have saved",
    run: result.run
  });
  const sig = environment ? set.addJson("env.signature.json", environment.signature) : null;
  set.addJson("history.json", history);
  const baseline = set.addJson(
    "baseline.metrics.json",
    baselineMetrics(result, flakes.flakeRate, sig?.embeddedSha256 ?? null)
  );
  set.addText("baseline.metrics.hash", `${baseline.embeddedSha256}  baseline.metrics.json
`);
  const audit = auditEvents(events, EXPECTED_EVENTS);
  set.addJson(
    "foundation.checkpoint.json",
    buildCheckpoint(result, set.files(), events.events(), audit.missing)
  );
  set.addText("foundation.checkpoint.md", renderCheckpointMarkdown(result, set.files(), audit.missing));
  events.emit("foundation_checkpoint_emitted", { status: result.status, artifacts: set.files().length });
  set.addText(
    "events.log.jsonl",
    await earlierValidationEvents(inputs.outDir, adapters2) + events.toJsonl()
  );
  await publishFiles(set, inputs.outDir, adapters2);
  await reporter.summary(renderSummary(result, set.files()));
  reporter.outputs(outputs(result, inputs.outDir));
  reporter.info(logLine(headline(result, "text")));
  reporter.info(`artifacts: ${inputs.outDir} (${set.files().length + 1} files, SHA256SUMS lists them)`);
  const failed = verdicts.filter((v) => v.status === "fail");
  return { exitCode: failed.length > 0 ? 1 : 0, result, outDir: inputs.outDir, error: null, failed };
}
async function validateEnvironment(inputs, adapters2) {
  const { reporter, host } = adapters2;
  const events = new EventLog({
    runId: inputs.context.runId,
    correlationId: newCorrelationId((n) => host.randomBytes(n)),
    clock: () => host.now(),
    envValues: host.envValues
  });
  events.emit("environment_validation_start", { mode: inputs.mode });
  const { signature, verdict } = await checkEnvironment(inputs, adapters2);
  const codes = verdict.reasons.map((r) => r.code);
  events.emit(verdict.status === "fail" ? "environment_validation_fail" : "environment_validation_ok", {
    status: verdict.status,
    reasons: codes
  });
  const set = new ArtifactSet();
  set.addJson("env.signature.json", signature);
  if (verdict.status === "fail")
    set.addJson("env.validation.failure.json", validationFailure(verdict, signature));
  set.addText("events.log.jsonl", events.toJsonl());
  await publishFiles(set, inputs.outDir, adapters2, true);
  await reporter.summary(renderEnvironmentSummary(signature, verdict));
  reporter.outputs({
    [OUTPUT.verdict]: verdict.status,
    [OUTPUT.reasons]: verdict.status === "fail" || verdict.status === "warn" ? [...new Set(codes)].join(",") : "",
    [OUTPUT.artifactsDir]: inputs.outDir
  });
  reporter.info(
    `environment: ${verdict.status}${codes.length > 0 ? ` (${[...new Set(codes)].join(", ")})` : ""}`
  );
  const failed = verdict.status === "fail" ? [verdict] : [];
  return { exitCode: failed.length > 0 ? 1 : 0, result: null, outDir: inputs.outDir, error: null, failed };
}
async function checkEnvironment(inputs, adapters2) {
  const config = await loadConfig(inputs, adapters2);
  const { signature, expected: expected2 } = await captureEnvironment(inputs, adapters2, config);
  const skippedBy = validationSkippedBy(
    inputs.validateEnv ?? void 0,
    adapters2.host.env("TPR_ENV_VALIDATE")
  );
  return {
    signature,
    verdict: skippedBy ? skippedEnvironment(skippedBy) : judgeEnvironment(signature, expected2)
  };
}
async function captureEnvironment(inputs, { files, probe }, config) {
  const env = config.environment;
  const committed = env.expectedSignature ? {
    file: env.expectedSignature,
    signature: readExpectedSignature(
      await files.readText(path3.join(inputs.workspace, env.expectedSignature)),
      env.expectedSignature
    )
  } : null;
  const expected2 = expectationsFor(env, config.file, committed);
  const facts = await probe.capture(inputs.workspace, planCapture(expected2, env));
  return { signature: environmentSignature(facts), expected: expected2 };
}
async function earlierValidationEvents(outDir, { files }) {
  const file = path3.join(outDir, "events.log.jsonl");
  if (!await files.isFile(file)) return "";
  return (await files.readText(file)).split("\n").filter((line) => /^\{"timestamp":"[^"]*","event":"environment_validation_(start|ok|fail)"/.test(line)).map((line) => `${line}
`).join("");
}
async function environmentForRun(inputs, adapters2, config, baseDir) {
  const { files, reporter } = adapters2;
  const earlier = path3.join(inputs.outDir, "env.signature.json");
  let signature = null;
  if (await files.isFile(earlier)) {
    const parsed = parseSignature(await files.readText(earlier));
    if ("signature" in parsed) signature = parsed.signature;
    else reporter.warning(`ignoring ${earlier}: ${parsed.problem}; capturing the environment again`);
  }
  signature ??= (await captureEnvironment(inputs, adapters2, config)).signature;
  let drift = [];
  if (baseDir) {
    const baseFile = path3.join(baseDir, "env.signature.json");
    if (await files.isFile(baseFile)) {
      const parsed = parseSignature(await files.readText(baseFile));
      if ("signature" in parsed) drift = diffSignatures(parsed.signature, signature);
    }
  }
  return { signature, drift };
}
async function publishFiles(set, outDir, { files, reporter }, shared = false) {
  const manifest = set.manifest();
  await files.writeFiles(outDir, [
    ...set.files(),
    { name: manifest.name, bytes: new TextEncoder().encode(manifest.text) }
  ]);
  const check = verifyArtifacts(await files.readDirectory(outDir));
  const problems = check.problems.filter((p) => !(shared && p.code === "UNLISTED"));
  if (problems.length > 0)
    reporter.warning(
      `the written artifacts do not verify: ${problems.map((p) => `${p.file}: ${p.message}`).join("; ")}`
    );
}
async function readCoverage(inputs, { files, reporter }, ctx) {
  const found = await files.glob(inputs.coverage, inputs.workspace);
  if (found.length === 0)
    throw new InputError(
      `no coverage report matches ${inputs.coverage.map((p) => JSON.stringify(p)).join(", ")} under ${inputs.workspace}`
    );
  const reports = [];
  const mappings = [];
  const summaries = [];
  for (const file of found) {
    const shown = displayPath(file, inputs.workspace);
    const report2 = parseCoverage(await files.readText(file), shown, inputs.coverageFormat);
    for (const m of declaredMismatches(report2))
      reporter.warning(
        `declares ${m.what} ${m.declared.covered}/${m.declared.total} but its records add up to ${m.counted.covered}/${m.counted.total}; the records are counted`,
        { file: m.file }
      );
    const mapped = mapReportPaths(report2, ctx);
    reports.push(mapped.report);
    mappings.push(...mapped.mappings);
    summaries.push(mapped.summary);
  }
  const summary = combineMappings(summaries);
  for (const unmapped of summary.unmapped.slice(0, 10))
    reporter.warning(logLine(`coverage path matches no file in the repository: ${unmapped}`));
  return { reports, mappings, summary };
}
async function readTests(inputs, { files, reporter }) {
  const found = await files.glob(inputs.tests, inputs.workspace);
  if (found.length === 0)
    throw new InputError(
      `no test report matches ${inputs.tests.map((p) => JSON.stringify(p)).join(", ")} under ${inputs.workspace}`
    );
  const out = { files: [], cases: [], flakyIds: [], producers: [], notes: [] };
  for (const file of found) {
    const shown = displayPath(file, inputs.workspace);
    const junit = parseJunit(await files.readText(file), shown, { root: inputs.workspace });
    out.files.push(shown);
    out.cases.push(...junit.cases);
    out.flakyIds.push(...junit.flakyIds);
    if (junit.producer && !out.producers.includes(junit.producer)) out.producers.push(junit.producer);
    for (const note of [...junit.fixups, ...junit.warnings]) out.notes.push(`${shown}: ${note}`);
    for (const warning of junit.warnings) reporter.info(logLine(`${shown}: ${warning}`));
  }
  return out;
}
function summarizeTests(t, inputs) {
  return {
    inputs: t.files,
    totals: testTotals(t.cases, t.flakyIds),
    durations: durationSummary(t.cases),
    firstFailure: firstFailure({
      sources: t.files.map((f) => path3.join(inputs.workspace, f)),
      cases: t.cases
    }),
    flakyIds: t.flakyIds,
    producers: t.producers,
    notes: t.notes
  };
}
async function readChangedLines(inputs, { files, git }) {
  if (inputs.diffFile) {
    const shown = displayPath(inputs.diffFile, inputs.workspace);
    return { files: parseUnifiedDiff(await files.readText(inputs.diffFile), shown), source: shown };
  }
  if (inputs.baseRef) {
    const changes = await git(inputs.workspace, inputs.baseRef);
    return { files: parseUnifiedDiff(changes.diffText, changes.command), source: changes.command };
  }
  return null;
}
async function loadConfig(inputs, { files }) {
  if (inputs.config)
    return parseConfig(await files.readText(inputs.config), displayPath(inputs.config, inputs.workspace));
  for (const candidate of CONFIG_CANDIDATES) {
    const p = path3.join(inputs.workspace, candidate);
    if (await files.isFile(p)) return parseConfig(await files.readText(p), candidate);
  }
  return DEFAULT_CONFIG;
}
async function readBase(dir, { files }, ctx) {
  const file = path3.join(dir, "coverage.xml");
  if (!await files.isFile(file))
    throw new InputError("the base run directory has no coverage.xml (expected a test-ladder artifact set)", {
      file: dir
    });
  const report2 = mapReportPaths(parseCobertura(await files.readText(file), file), ctx).report;
  return { dir, file, report: report2, totals: totals(report2) };
}
async function readPreviousHistory(dir, { files, reporter }) {
  const file = path3.join(dir, "history.json");
  if (!await files.isFile(file)) {
    reporter.warning(`no history.json in ${dir}; the history starts with this run`);
    return null;
  }
  const parsed = parseHistory(await files.readText(file));
  if ("problem" in parsed) {
    reporter.warning(`ignoring ${file}: ${parsed.problem}; the history starts with this run`);
    return null;
  }
  return parsed.history;
}
function coverageDelta(current, base, baseline) {
  if (current === null) return null;
  if (base !== void 0) return base === null ? null : { value: current - base, against: "base" };
  return baseline === null ? null : { value: current - baseline, against: "baseline" };
}
function combineMappings(list) {
  const prefixes = new Set(list.map((m) => m.suggestedPrefix).filter((p) => p !== null));
  return {
    mapped: list.reduce((s, m) => s + m.mapped, 0),
    unmapped: [...new Set(list.flatMap((m) => m.unmapped))],
    bySuffix: list.reduce((s, m) => s + m.bySuffix, 0),
    suggestedPrefix: prefixes.size === 1 ? [...prefixes][0] : null
  };
}
function displayPath(file, workspace) {
  const rel = path3.relative(workspace, file);
  return rel && !rel.startsWith("..") && !path3.isAbsolute(rel) ? rel.split(path3.sep).join("/") : file;
}
function ladderYaml(r) {
  const l = r.ladder;
  const status = r.verdicts.find((v) => v.gate === "ladder")?.status ?? "skipped";
  return "# The coverage ladder as recorded by this run (test-ladder). Percentages unrounded.\n" + dump({
    metric: l.metric,
    baseline: l.baseline,
    tolerance: l.tolerance,
    target: l.target,
    since: l.since,
    horizon: l.horizon,
    date: l.date,
    floor: l.floor,
    current: l.current,
    covered: l.covered,
    total: l.total,
    status,
    tiers: r.coverage.tiers.map((t) => ({
      name: t.name,
      target: t.target,
      each: t.each,
      files: t.files,
      percent: t.percent,
      status: t.status
    })),
    ratchet: r.coverage.ratchet ? {
      step: r.config.coverage.ratchet?.step ?? null,
      proposed_baseline: r.coverage.ratchet.proposed,
      proposed_since: r.coverage.ratchet.since,
      reason: r.coverage.ratchet.reason.message
    } : null,
    patch: r.coverage.patch ? {
      target: r.config.coverage.patch.target,
      covered: r.coverage.patch.covered,
      total: r.coverage.patch.total,
      percent: r.coverage.patch.percent
    } : null,
    run_id: r.run.id,
    commit: r.run.commit
  });
}
function durationsArtifact(r) {
  if (!r.tests)
    return {
      status: "no test reports given",
      percentiles: null,
      slowest: [],
      total_seconds: null,
      run: r.run
    };
  const d = r.tests.durations;
  return {
    percentiles: d.percentiles,
    slowest: d.slowest,
    total_seconds: d.total,
    unit: "seconds",
    run: r.run
  };
}
function baselineMetrics(r, flakeRate, signatureSha) {
  const fields = {
    line_coverage: r.coverage.totals.lines.percent,
    branch_coverage: r.coverage.totals.branches.percent,
    lines_covered: r.coverage.totals.lines.covered,
    lines_total: r.coverage.totals.lines.total,
    branches_covered: r.coverage.totals.branches.covered,
    branches_total: r.coverage.totals.branches.total,
    tests_total: r.tests?.totals.total ?? null,
    tests_failed: r.tests ? r.tests.totals.failed + r.tests.totals.errors : null,
    duration_p50: r.tests?.durations.percentiles.p50 ?? null,
    duration_p95: r.tests?.durations.percentiles.p95 ?? null,
    duration_total: r.tests?.durations.total ?? null,
    flake_rate: flakeRate,
    env_signature_sha256: signatureSha,
    commit: r.run.commit
  };
  const values = Object.values(fields);
  const populated = values.filter((v) => v !== null && v !== void 0).length;
  return { ...fields, populated_share: values.length === 0 ? 0 : populated / values.length, run: r.run };
}
function outputs(r, outDir) {
  const t = r.coverage.totals;
  const reasons = r.verdicts.filter((v) => v.status === "fail" || v.status === "warn").flatMap((v) => v.reasons.map((x) => x.code));
  return {
    [OUTPUT.verdict]: r.status,
    [OUTPUT.reasons]: [...new Set(reasons)].join(","),
    [OUTPUT.coverage]: fixed2(r.ladder.current),
    [OUTPUT.lineCoverage]: fixed2(t.lines.percent),
    [OUTPUT.branchCoverage]: fixed2(t.branches.percent),
    [OUTPUT.coverageDelta]: fixed2(r.coverage.delta?.value),
    [OUTPUT.patchCoverage]: fixed2(r.coverage.patch?.percent),
    [OUTPUT.baseline]: fixed2(r.ladder.baseline),
    [OUTPUT.floor]: fixed2(r.ladder.floor),
    [OUTPUT.target]: fixed2(r.ladder.target),
    [OUTPUT.newBaseline]: fixed2(r.coverage.ratchet?.proposed),
    [OUTPUT.newSince]: r.coverage.ratchet?.since ?? "",
    [OUTPUT.testsTotal]: r.tests ? String(r.tests.totals.total) : "",
    [OUTPUT.testsFailed]: r.tests ? String(r.tests.totals.failed + r.tests.totals.errors) : "",
    [OUTPUT.artifactsDir]: outDir,
    [OUTPUT.checkpoint]: path3.join(outDir, "foundation.checkpoint.json")
  };
}
var EXPECTED_EVENTS;
var init_main = __esm({
  "src/main.ts"() {
    "use strict";
    init_js_yaml();
    init_artifacts();
    init_load();
    init_types();
    init_events();
    init_detect();
    init_cobertura();
    init_cobertura_write();
    init_junit();
    init_crosscheck();
    init_dates();
    init_delta();
    init_diff();
    init_environment2();
    init_flakes();
    init_gaps();
    init_history();
    init_merge();
    init_patch();
    init_paths();
    init_prefix();
    init_ratchet();
    init_suspicious();
    init_tests();
    init_totals();
    init_environment3();
    init_ladder();
    init_patch2();
    init_tests2();
    init_tiers();
    init_checkpoint();
    init_summary();
    init_format();
    init_escape();
    init_inputs();
    init_errors();
    init_verdict();
    init_version();
    EXPECTED_EVENTS = [
      "metrics_capture_start",
      "metrics_capture_complete",
      "coverage_ladder_recorded",
      "flake_scan_complete",
      "failfast_mode_applied"
    ];
  }
});

// src/adapters/git.ts
var git_exports = {};
__export(git_exports, {
  gitChangedLines: () => gitChangedLines
});
import { execFile as execFile2 } from "node:child_process";
async function gitChangedLines(cwd, baseRef, opts = {}) {
  checkRef(baseRef);
  const git = gitRunner(cwd, opts);
  const inside = await git.run(["rev-parse", "--is-inside-work-tree"]);
  if (inside.code !== 0 || inside.stdout.trim() !== "true") {
    if (/dubious ownership/.test(inside.stderr))
      throw new InputError(
        `git refuses the repository because another user owns it; run \`git config --global --add safe.directory "${cwd}"\` first (actions/checkout does this for the workspace)`,
        { file: cwd }
      );
    throw new InputError(
      `not inside a git work tree, so the changed lines cannot be found${firstLine(inside.stderr)}; run from the repository or give a diff file instead`,
      { file: cwd }
    );
  }
  const head = await git.run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.code !== 0) throw new InputError("HEAD names no commit (an empty repository?)", { file: cwd });
  const headSha = head.stdout.trim();
  const base = await git.run(["rev-parse", "--verify", "--quiet", `${baseRef}^{commit}`]);
  if (base.code !== 0) {
    const shallow = await isShallow(git);
    const alt = !baseRef.includes("/") && !/^[0-9a-f]{7,64}$/i.test(baseRef) ? ` (or \`origin/${baseRef}\`)` : "";
    throw new InputError(
      `the base ref ${JSON.stringify(baseRef)}${alt} is not known to this ${shallow ? "shallow " : ""}clone; fetch it first: ${FETCH_HINT}`,
      { file: cwd }
    );
  }
  const baseSha = base.stdout.trim();
  const mb = await git.run(["merge-base", baseSha, headSha]);
  if (mb.code !== 0 || mb.stdout.trim() === "") {
    if (mb.code === 1 && mb.stderr.trim() === "") {
      const shallow = await isShallow(git);
      throw new InputError(
        shallow ? `the clone is shallow, so the histories of ${JSON.stringify(baseRef)} and HEAD do not meet and the merge base is unknown; fetch the full history: ${FETCH_HINT}` : `${JSON.stringify(baseRef)} and HEAD have no common ancestor, so there is no merge base to diff from`,
        { file: cwd }
      );
    }
    throw new InputError(`git merge-base failed${firstLine(mb.stderr)}`, { file: cwd });
  }
  const mergeBase = mb.stdout.trim();
  const diffArgs = [
    "-c",
    "diff.relative=false",
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--submodule=short",
    "--unified=0",
    "--find-renames",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    mergeBase,
    headSha,
    "--"
  ];
  const command = `git diff ${mergeBase.slice(0, 12)} ${headSha.slice(0, 12)}`;
  const diff = await git.run(diffArgs, opts.maxBytes ?? DEFAULT_MAX_BYTES, command);
  if (diff.code !== 0) throw new InputError(`${command} failed${firstLine(diff.stderr)}`, { file: cwd });
  return { diffText: diff.stdout, mergeBase, head: headSha, command };
}
function checkRef(ref) {
  if (ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref) || ref.length > 1024)
    throw new InputError(
      `base ref ${JSON.stringify(ref.slice(0, 100))} is not a git ref: give a branch (origin/main), tag or commit`
    );
}
function gitRunner(cwd, opts) {
  const exe = opts.git ?? "git";
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const env = {
    ...opts.env ?? process.env,
    LC_ALL: "C",
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0"
  };
  return {
    run(args, maxBuffer = SHORT_OUTPUT, what = `git ${args[0]}`) {
      return new Promise((resolve3, reject) => {
        execFile2(exe, args, { cwd, env, timeout, maxBuffer, windowsHide: true }, (err, stdout, stderr) => {
          if (!err) return resolve3({ code: 0, stdout, stderr });
          const e = err;
          if (e.code === "ENOENT")
            return reject(
              new InputError(
                `cannot run ${JSON.stringify(exe)}: git is not installed or not on PATH (or the directory does not exist)`,
                { file: cwd }
              )
            );
          if (e.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER")
            return reject(
              new InputError(
                `${what} printed more than ${maxBuffer} bytes; the change is too large to read (give a smaller diff file instead)`,
                { file: cwd }
              )
            );
          if (e.killed)
            return reject(
              new InputError(`${what} did not finish within ${duration(timeout)} and was stopped`, {
                file: cwd
              })
            );
          if (typeof e.code === "number") return resolve3({ code: e.code, stdout, stderr });
          reject(new InputError(`cannot run ${what}: ${e.message}`, { file: cwd }));
        });
      });
    }
  };
}
async function isShallow(git) {
  const r = await git.run(["rev-parse", "--is-shallow-repository"]);
  return r.code === 0 && r.stdout.trim() === "true";
}
function firstLine(stderr) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "");
  return line ? ` (${line.slice(0, 300)})` : "";
}
function duration(ms) {
  return ms < 1e3 ? `${ms} ms` : `${Math.round(ms / 1e3)} s`;
}
var DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES, SHORT_OUTPUT, FETCH_HINT;
var init_git = __esm({
  "src/adapters/git.ts"() {
    "use strict";
    init_errors();
    DEFAULT_TIMEOUT_MS = 12e4;
    DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
    SHORT_OUTPUT = 1024 * 1024;
    FETCH_HINT = "in a workflow, check out with actions/checkout and `fetch-depth: 0` (or `git fetch origin <base branch>` before this step); locally, `git fetch origin`";
  }
});

// src/adapters/probe.ts
var probe_exports = {};
__export(probe_exports, {
  DEFAULT_MAX_OUTPUT_BYTES: () => DEFAULT_MAX_OUTPUT_BYTES,
  nodeEnvironmentProbe: () => nodeEnvironmentProbe,
  readLockFiles: () => readLockFiles,
  readMarkers: () => readMarkers,
  runProbe: () => runProbe,
  runProbeSpec: () => runProbeSpec
});
import { spawn } from "node:child_process";
import { promises as fs2 } from "node:fs";
import path4 from "node:path";
import { performance as performance2 } from "node:perf_hooks";
function nodeEnvironmentProbe(host, options = {}) {
  const env = probeEnvironment(options.env ?? process.env);
  const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return {
    async capture(root, plan) {
      const capturedAt = host.now();
      const t0 = host.monotonic();
      const markers = await readMarkers(root);
      const detected = detectRuntimes(markers);
      const specs = probeSpecs(plan, detected, host.platform);
      const cwd = (await fs2.stat(root).catch(() => null))?.isDirectory() ? root : void 0;
      const run2 = (spec) => runProbeSpec(spec, { timeoutMs: plan.timeoutMs, maxOutputBytes, env, cwd });
      const runtimeNames = Object.keys(specs.runtimes);
      const toolNames = Object.keys(specs.tools);
      const [runtimeOutcomes, toolOutcomes, lockFiles] = await Promise.all([
        Promise.all(runtimeNames.map((r) => run2(specs.runtimes[r]))),
        Promise.all(toolNames.map((t) => run2(specs.tools[t]))),
        readLockFiles(root, markers.names, plan.lockFiles)
      ]);
      return {
        platform: host.platform,
        arch: host.arch,
        env: (name) => host.env(name),
        plan,
        detected,
        runtimes: Object.fromEntries(runtimeNames.map((r, i) => [r, runtimeOutcomes[i]])),
        tools: Object.fromEntries(toolNames.map((t, i) => [t, toolOutcomes[i]])),
        lockFiles,
        capturedAt,
        monotonicStartMs: t0,
        durationMs: host.monotonic() - t0
      };
    }
  };
}
function probeEnvironment(env) {
  return {
    ...env,
    DOTNET_NOLOGO: "1",
    DOTNET_CLI_TELEMETRY_OPTOUT: "1",
    DOTNET_SKIP_FIRST_TIME_EXPERIENCE: "1",
    PAGER: "cat"
  };
}
async function runProbeSpec(spec, options) {
  let first;
  for (const argv of spec.alternatives) {
    const outcome = await runProbe(argv, options);
    if (outcome.status !== "missing") return outcome;
    first ??= outcome;
  }
  return first ?? { status: "missing", command: "", ms: 0 };
}
function runProbe(argv, options) {
  const command = argv.join(" ");
  const cap = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const started = performance2.now();
  const elapsed = () => performance2.now() - started;
  const group = process.platform !== "win32";
  return new Promise((resolve3) => {
    let settled = false;
    const stdout = new Capped(cap);
    const stderr = new Capped(cap);
    let exit = null;
    let grace;
    let child;
    try {
      child = spawn(argv[0], argv.slice(1), {
        cwd: options.cwd,
        env: options.env,
        stdio: ["ignore", "pipe", "pipe"],
        shell: false,
        detached: group,
        windowsHide: true
      });
    } catch (e) {
      const code2 = e.code ?? e.message;
      resolve3({ status: "error", command, code: code2, ms: elapsed() });
      return;
    }
    const finish = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve3(outcome);
    };
    const exited = () => {
      finish({
        status: "exited",
        command,
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        stdout: stdout.text(),
        stderr: stderr.text(),
        stdoutBytes: stdout.total,
        stderrBytes: stderr.total,
        ms: elapsed()
      });
    };
    child.stdout?.on("data", (chunk) => stdout.push(chunk));
    child.stderr?.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (e) => {
      if (e.code === "ENOENT") finish({ status: "missing", command, ms: elapsed() });
      else finish({ status: "error", command, code: e.code ?? e.message, ms: elapsed() });
    });
    child.on("exit", (code2, signal) => {
      exit = { code: code2, signal };
      grace = setTimeout(exited, CLOSE_GRACE_MS);
    });
    child.on("close", (code2, signal) => {
      exit ??= { code: code2, signal };
      exited();
    });
    const timer = setTimeout(() => {
      kill(child.pid, group, () => child.kill("SIGKILL"));
      finish({ status: "timeout", command, timeoutMs: options.timeoutMs, ms: elapsed() });
    }, options.timeoutMs);
  });
}
function kill(pid, group, fallback) {
  if (pid !== void 0 && group) {
    try {
      process.kill(-pid, "SIGKILL");
      return;
    } catch {
    }
  }
  try {
    fallback();
  } catch {
  }
}
async function readMarkers(root) {
  const entries = await fs2.readdir(root, { withFileTypes: true }).catch(() => []);
  const names = new Set(entries.map((e) => e.name));
  const wanted = MARKER_TEXT_FILES.filter((f) => names.has(f));
  const texts = await Promise.all(wanted.map((f) => readHead(path4.join(root, f), MAX_MARKER_BYTES)));
  return {
    names,
    texts: Object.fromEntries(wanted.flatMap((f, i) => texts[i] === null ? [] : [[f, texts[i]]]))
  };
}
async function readHead(file, max) {
  let handle;
  try {
    handle = await fs2.open(file, "r");
    const buffer = Buffer.alloc(max);
    const { bytesRead } = await handle.read(buffer, 0, max, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
async function readLockFiles(root, rootNames, configured) {
  const dirNames = {};
  for (const dir of LOCK_FILE_DIRS) {
    if (!rootNames.has(dir.split("/")[0])) continue;
    dirNames[dir] = await fs2.readdir(path4.join(root, ...dir.split("/"))).catch(() => []);
  }
  const files = lockFilePaths(rootNames, dirNames, configured);
  return Promise.all(files.map((file) => readLockFile(root, file)));
}
async function readLockFile(root, file) {
  try {
    return { file, status: "ok", bytes: await fs2.readFile(path4.join(root, ...file.split("/"))) };
  } catch (e) {
    const code2 = e.code;
    if (code2 === "ENOENT" || code2 === "ENOTDIR") return { file, status: "missing" };
    const why = code2 === "EACCES" || code2 === "EPERM" ? "permission denied" : code2 === "EISDIR" ? "it is a directory" : code2 ?? e.message;
    return { file, status: "unreadable", error: why };
  }
}
var DEFAULT_MAX_OUTPUT_BYTES, MAX_MARKER_BYTES, CLOSE_GRACE_MS, Capped;
var init_probe = __esm({
  "src/adapters/probe.ts"() {
    "use strict";
    init_environment2();
    DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;
    MAX_MARKER_BYTES = 1024 * 1024;
    CLOSE_GRACE_MS = 100;
    Capped = class {
      constructor(cap) {
        this.cap = cap;
      }
      cap;
      chunks = [];
      kept = 0;
      total = 0;
      push(chunk) {
        this.total += chunk.length;
        if (this.kept >= this.cap) return;
        const part = chunk.length <= this.cap - this.kept ? chunk : chunk.subarray(0, this.cap - this.kept);
        this.chunks.push(part);
        this.kept += part.length;
      }
      text() {
        return Buffer.concat(this.chunks).toString("utf8");
      }
    };
  }
});

// src/cli.ts
import path5 from "node:path";
import { parseArgs } from "node:util";

// src/adapters/host.ts
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
function nodeHost(env = process.env, now = () => /* @__PURE__ */ new Date()) {
  return {
    now,
    monotonic: () => performance.now(),
    randomBytes: (n) => randomBytes(n),
    platform: process.platform,
    arch: process.arch,
    nodeVersion: process.versions.node,
    envValues: Object.values(env).filter((v) => typeof v === "string" && v !== ""),
    env: (name) => env[name]
  };
}
function clockFrom(env) {
  const pinned = env["TEST_LADDER_NOW"];
  if (pinned && !Number.isNaN(Date.parse(pinned))) {
    const t = new Date(pinned);
    return () => new Date(t.getTime());
  }
  return () => /* @__PURE__ */ new Date();
}

// src/adapters/node-files.ts
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path6) {
  let normalized = normalize(path6);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path6, separator) {
  return path6.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path6) {
  return path6 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path6);
}
function normalizePath(path6, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path6.includes("/") || path6.startsWith(".");
  if (resolvePaths) path6 = resolve(path6);
  if (normalizePath$1 || pathNeedsCleaning) path6 = cleanPath(path6);
  if (path6 === ".") return "";
  const needsSeperator = path6[path6.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path6 + pathSeparator : path6, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path6 = directoryPath || ".";
  if (filters.every((filter) => filter(path6, true))) paths.push(path6);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path6, state, callback$1) {
  const { queue, fs: fs3, options: { suppressErrors } } = state;
  queue.enqueue();
  fs3.realpath(path6, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs3.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path6, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path6, state, callback$1) {
  const { queue, fs: fs3, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs3.realpathSync(path6);
    const stat2 = fs3.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path6, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path6, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path6);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path6, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs: fs3 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs3.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs3 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs3.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path6 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path6)) continue;
        this.pushDirectory(path6, paths, filters);
        this.walkDirectory(this.state, path6, path6, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path6 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path6, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path6 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path6 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path6;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path6) => isMatch(path6));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path6) {
  return path6.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path6) {
  var _result$parts;
  const result = import_picomatch.default.scan(path6, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path6];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path6) => path6.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path6) => path6.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path6 = format(p, isDirectory);
      const matches = matcher(path6) && !ignore(path6);
      if (matches) log(`matched ${path6}`);
      return matches;
    } : (p, isDirectory) => {
      const path6 = format(p, isDirectory);
      return matcher(path6) && !ignore(path6);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/adapters/node-files.ts
init_errors();
var MAX_TEXT_BYTES = 512 * 1024 * 1024 - 64;
function nodeFiles() {
  return {
    async readText(file) {
      const bytes = await readOrExplain(file);
      if (bytes.length > MAX_TEXT_BYTES)
        throw new InputError(
          `the file is ${bytes.length} bytes, over the ${MAX_TEXT_BYTES}-byte limit for one report`,
          {
            file
          }
        );
      return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    },
    readBytes: readOrExplain,
    readChunks(file, chunkSize = CHUNK_BYTES) {
      return readChunks(file, chunkSize);
    },
    async size(file) {
      const stat2 = await fs.stat(file).catch((e) => {
        throw new InputError(explain(e), { file });
      });
      if (!stat2.isFile())
        throw new InputError(
          stat2.isDirectory() ? "it is a directory, expected a file" : "not a regular file",
          { file }
        );
      return stat2.size;
    },
    async isFile(p) {
      return (await fs.stat(p).catch(() => null))?.isFile() ?? false;
    },
    async isDirectory(p) {
      return (await fs.stat(p).catch(() => null))?.isDirectory() ?? false;
    },
    async glob(patterns, cwd) {
      const found = await glob([...patterns], {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: true,
        expandDirectories: false
      });
      return [...new Set(found.map((f) => path.resolve(f)))].sort();
    },
    async listRepoFiles(root) {
      const listed = await gitLsFiles(root);
      if (listed) return listed;
      const found = await glob(["**/*"], {
        cwd: root,
        onlyFiles: true,
        dot: false,
        ignore: ["**/node_modules/**", "**/.git/**"]
      }).catch(() => null);
      return found ? new Set(found.map((f) => f.split(path.sep).join("/"))) : null;
    },
    async readDirectory(dir) {
      const out = /* @__PURE__ */ new Map();
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch((e) => {
        throw new InputError(`cannot read the directory: ${e.code ?? e.message}`, { file: dir });
      });
      for (const e of entries) if (e.isFile()) out.set(e.name, await fs.readFile(path.join(dir, e.name)));
      return out;
    },
    async writeFiles(dir, files) {
      await fs.mkdir(dir, { recursive: true });
      for (const f of files) await fs.writeFile(path.join(dir, f.name), f.bytes);
    }
  };
}
async function readOrExplain(file) {
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new InputError(explain(e), { file });
  }
}
function explain(e) {
  const code2 = e.code;
  return code2 === "ENOENT" ? "no such file" : code2 === "EISDIR" ? "it is a directory, expected a file" : code2 === "EACCES" ? "permission denied" : `cannot be read (${code2 ?? String(e)})`;
}
var CHUNK_BYTES = 1024 * 1024;
async function* readChunks(file, chunkSize) {
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new RangeError("chunkSize must be a positive integer");
  const handle = await fs.open(file, "r").catch((e) => {
    throw new InputError(explain(e), { file });
  });
  try {
    for (; ; ) {
      const buffer = new Uint8Array(chunkSize);
      let filled = 0;
      while (filled < chunkSize) {
        const { bytesRead } = await handle.read(buffer, filled, chunkSize - filled, null).catch((e) => {
          throw new InputError(explain(e), { file });
        });
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) return;
      yield filled === chunkSize ? buffer : buffer.subarray(0, filled);
      if (filled < chunkSize) return;
    }
  } finally {
    await handle.close();
  }
}
function gitLsFiles(root) {
  return new Promise((resolve3) => {
    execFile(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
      { cwd: root, maxBuffer: 256 * 1024 * 1024, timeout: 1e4 },
      (err, stdout) => {
        if (err) return resolve3(null);
        resolve3(new Set(stdout.split("\0").filter((s) => s !== "")));
      }
    );
  });
}

// src/adapters/console-reporter.ts
function consoleReporter(out = process.stdout, err = process.stderr) {
  const where = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
  return {
    info: (m) => void out.write(`${m}
`),
    warning: (m, w) => void err.write(`warning: ${where(w)}${m}
`),
    error: (m, w) => void err.write(`error: ${where(w)}${m}
`),
    summary: async () => {
    },
    outputs: () => {
    }
  };
}

// src/cli.ts
init_errors();
init_version();
var HELP = {
  "": `test-ladder ${VERSION}: trustworthy test numbers and quality gates

Usage: test-ladder <command> [options]

Commands:
  run        the whole pipeline: read reports, judge the ladder, write the artifact set
  coverage   read and merge coverage reports, print the figures
  tests      read JUnit reports, print totals and durations
  verify     re-hash an artifact directory against SHA256SUMS and embedded hashes
  env        print the environment signature

Run "test-ladder <command> --help" for a command's options.
Exit codes: 0 all gates pass, 1 a gate failed, 2 usage or unreadable input.`,
  run: `Usage: test-ladder run [options]

Reads coverage (and optionally JUnit) reports, judges the coverage ladder in test-ladder.yml and
writes the hashed artifact set.

Options:
  --coverage GLOB       coverage report(s): Cobertura, LCOV, JaCoCo, Clover, coverage.py JSON,
                        Istanbul JSON or Go cover profile, detected from content; repeatable (required)
  --tests GLOB          JUnit XML report(s); repeatable
  --config FILE         test-ladder.yml (default: test-ladder.yml, .github/test-ladder.yml if present)
  --format F            force the coverage format: auto (default), cobertura, lcov, jacoco, clover,
                        coveragepy-json, istanbul-json, go-cover
  --diff FILE           a unified diff: its added lines are the patch judged by coverage.patch
  --base-ref REF        the patch is git's change from the merge base with REF to HEAD
  --out DIR             where artifacts are written (default: test-ladder-out)
  --base DIR            a base run's artifact directory; coverage delta is measured against it
  --history DIR         an earlier run's artifact directory whose history.json this run continues
  --date YYYY-MM-DD     judge the ladder as of this UTC date (default: today)
  -h, --help            this help

Exit codes: 0 every gate passed, 1 a gate failed, 2 usage or unreadable input.`,
  coverage: `Usage: test-ladder coverage FILE... [--json] [--format F] [--diff FILE | --base-ref REF]

Parses and merges coverage reports (Cobertura, LCOV, JaCoCo, Clover, coverage.py JSON, Istanbul
JSON, Go cover profiles; detected from content) and prints line and branch totals. Paths are
mapped to files of the repository in the current directory.

Options:
  --json            print {"format","formats","lines":{covered,total,percent},"branches":{\u2026},"files":[\u2026]}
                    plus "statements" for Go profiles, "producers" (coverage.py's combined percent)
                    and "patch" with --diff or --base-ref
  --format F        force the format: auto (default), cobertura, lcov, jacoco, clover,
                    coveragepy-json, istanbul-json, go-cover
  --diff FILE       also print patch coverage of the lines this unified diff adds
  --base-ref REF    also print patch coverage of git's change from the merge base with REF to HEAD
  -h, --help        this help`,
  tests: `Usage: test-ladder tests FILE... [--json]

Reads JUnit XML reports and prints totals, duration percentiles (nearest-rank) and the slowest tests.

Options:
  --json        print {"tests":{total,passed,failed,errors,skipped,flaky},"durations":{p50,p90,p95,p99,method},"slowest":[\u2026]}
  -h, --help    this help`,
  verify: `Usage: test-ladder verify DIR

Re-hashes every file in DIR against SHA256SUMS and every JSON artifact against its embedded
"sha256". Exit 0 when everything matches, 1 naming each file that does not, 2 when DIR is unreadable.`,
  env: `Usage: test-ladder env [--config FILE] [--json]

Captures the environment signature (OS, architecture, runtimes, tool versions, lock-file hashes,
required variables and the seed, by presence only) and checks it against the environment section
of test-ladder.yml. Exit 0 when it matches, 1 with the reasons when it does not.

Options:
  --config FILE   test-ladder.yml (default: test-ladder.yml, .github/test-ladder.yml if present)
  --json          print {"signature":\u2026,"verdict":{gate,status,reasons}}
  -h, --help      this help`
};
var OPTIONS = {
  run: {
    coverage: { type: "string", multiple: true },
    tests: { type: "string", multiple: true },
    config: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    base: { type: "string" },
    history: { type: "string" },
    date: { type: "string" },
    diff: { type: "string" },
    "base-ref": { type: "string" },
    help: { type: "boolean", short: "h" }
  },
  coverage: {
    json: { type: "boolean" },
    format: { type: "string" },
    diff: { type: "string" },
    "base-ref": { type: "string" },
    help: { type: "boolean", short: "h" }
  },
  tests: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  verify: { help: { type: "boolean", short: "h" } },
  env: { json: { type: "boolean" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }
};
var UsageError = class extends Error {
};
async function cli(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    print(HELP[""]);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-V") return print(VERSION), 0;
  const options = OPTIONS[command];
  if (!options) return usage(`unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (e) {
    return usage(e.message, command);
  }
  const values = parsed.values;
  if (values["help"]) return print(HELP[command]), 0;
  try {
    switch (command) {
      case "run":
        return await runCommand(values, parsed.positionals);
      case "coverage":
        return await coverageCommand(values, parsed.positionals);
      case "tests":
        return await testsCommand(values, parsed.positionals);
      case "verify":
        return await verifyCommand(parsed.positionals);
      case "env":
        return await envCommand(values);
    }
    return usage(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message, command);
    if (isInputError(e)) return fail2(e.message);
    throw e;
  }
}
async function runCommand(v, positionals) {
  if (positionals.length > 0)
    throw new UsageError(`run takes no positional arguments (got ${positionals.join(" ")})`);
  const { resolveInputs: resolveInputs2 } = await Promise.resolve().then(() => (init_inputs(), inputs_exports));
  const { run: run2 } = await Promise.resolve().then(() => (init_main(), main_exports));
  const inputs = resolveInputs2(
    {
      coverage: v["coverage"] ?? [],
      tests: v["tests"] ?? [],
      config: v["config"],
      coverageFormat: v["format"],
      outDir: v["out"],
      baseDir: v["base"],
      historyDir: v["history"],
      date: v["date"],
      diffFile: v["diff"],
      baseRef: v["base-ref"]
    },
    { ...process.env, GITHUB_WORKSPACE: void 0 },
    process.cwd(),
    flagName
  );
  const outcome = await run2(inputs, await adapters());
  if (outcome.exitCode === 2) return fail2(outcome.error ?? "unreadable input");
  for (const v2 of outcome.failed)
    for (const r of v2.reasons) process.stderr.write(`${v2.gate}: ${r.code}: ${r.message}
`);
  return outcome.exitCode;
}
var FLAGS = {
  coverageFiles: "coverage",
  coverageFormat: "format",
  testFiles: "tests",
  config: "config",
  baseDir: "base",
  historyDir: "history",
  artifactsDir: "out",
  date: "date",
  mode: "mode",
  diffFile: "diff",
  baseRef: "base-ref",
  validateEnv: "validate-env"
};
function flagName(key) {
  return `--${FLAGS[key]}`;
}
async function adapters() {
  const { gitChangedLines: gitChangedLines2 } = await Promise.resolve().then(() => (init_git(), git_exports));
  const { nodeEnvironmentProbe: nodeEnvironmentProbe2 } = await Promise.resolve().then(() => (init_probe(), probe_exports));
  const host = nodeHost(process.env, clockFrom(process.env));
  return {
    files: nodeFiles(),
    reporter: consoleReporter(),
    host,
    probe: nodeEnvironmentProbe2(host),
    git: gitChangedLines2
  };
}
async function readCoverage2(v, files) {
  if (files.length === 0) throw new UsageError("give at least one coverage report");
  const { parseCoverage: parseCoverage2, isReadableCoverageFormat: isReadableCoverageFormat2, READABLE_COVERAGE_FORMATS: READABLE_COVERAGE_FORMATS2 } = await Promise.resolve().then(() => (init_detect(), detect_exports));
  const { mapReportPaths: mapReportPaths2 } = await Promise.resolve().then(() => (init_paths(), paths_exports));
  const { mergeReports: mergeReports2 } = await Promise.resolve().then(() => (init_merge(), merge_exports));
  const format = v["format"] ?? "auto";
  if (format !== "auto" && !isReadableCoverageFormat2(format))
    throw new UsageError(`--format "${format}" is not one of auto, ${READABLE_COVERAGE_FORMATS2.join(", ")}`);
  const fs3 = nodeFiles();
  const cwd = process.cwd();
  const ctx = { workspace: cwd, repoFiles: await fs3.listRepoFiles(cwd) };
  let unmapped = 0;
  const reports = [];
  const { declaredMismatches: declaredMismatches2 } = await Promise.resolve().then(() => (init_crosscheck(), crosscheck_exports));
  for (const f of files) {
    const parsed = parseCoverage2(await fs3.readText(f), f, format);
    for (const m of declaredMismatches2(parsed))
      process.stderr.write(
        `warning: ${f}: declares ${m.what} ${m.declared.covered}/${m.declared.total} but its records add up to ${m.counted.covered}/${m.counted.total}; the records are counted
`
      );
    const mapped = mapReportPaths2(parsed, ctx);
    unmapped += mapped.summary.unmapped.length;
    reports.push(mapped.report);
  }
  return { report: mergeReports2(reports), unmapped };
}
async function coverageCommand(v, files) {
  const { report: report2, unmapped } = await readCoverage2(v, files);
  const { totals: totals2 } = await Promise.resolve().then(() => (init_totals(), totals_exports));
  const t = totals2(report2);
  const formats = [...new Set(report2.sources.map((s) => s.format))];
  const producers = report2.sources.filter((s) => s.producer !== void 0 || s.percentCombined !== void 0).map((s) => ({
    file: s.file,
    producer: s.producer ?? null,
    percent_combined: s.percentCombined ?? null
  }));
  const patch = await patchFor(v, report2);
  if (v["json"]) {
    print(
      JSON.stringify(
        {
          format: formats.length === 1 ? formats[0] : "mixed",
          formats,
          lines: t.lines,
          branches: t.branches,
          ...t.statements ? { statements: t.statements } : {},
          ...producers.length > 0 ? { producers } : {},
          unmapped,
          files: t.files.map((f) => ({
            path: f.path,
            lines: f.lines,
            branches: f.branches,
            ...f.statements ? { statements: f.statements } : {}
          })),
          ...patch ? {
            patch: {
              covered: patch.covered,
              total: patch.total,
              percent: patch.percent,
              files: patch.files.map((f) => ({ path: f.path, uncovered: f.uncovered }))
            }
          } : {}
        },
        null,
        2
      )
    );
    return 0;
  }
  const { pct: pct2 } = await Promise.resolve().then(() => (init_format(), format_exports));
  print(`format:     ${formats.join(", ")}`);
  print(`lines:      ${pct2(t.lines.percent)} (${t.lines.covered}/${t.lines.total})`);
  print(`branches:   ${pct2(t.branches.percent)} (${t.branches.covered}/${t.branches.total})`);
  if (t.statements)
    print(`statements: ${pct2(t.statements.percent)} (${t.statements.covered}/${t.statements.total})`);
  for (const p of producers)
    if (p.percent_combined !== null)
      print(
        `${p.producer ?? "producer"}: ${pct2(p.percent_combined)} (statements and branches together, ${p.file})`
      );
  print(`files:      ${t.files.length}${unmapped ? ` (${unmapped} not found in the repository)` : ""}`);
  if (patch)
    print(`patch:      ${pct2(patch.percent)} (${patch.covered}/${patch.total} changed executable lines)`);
  return 0;
}
async function patchFor(v, report2) {
  const diff = v["diff"];
  const baseRef = v["base-ref"];
  if (diff && baseRef) throw new UsageError("give --diff or --base-ref, not both");
  if (!diff && !baseRef) return null;
  const { parseUnifiedDiff: parseUnifiedDiff2 } = await Promise.resolve().then(() => (init_diff(), diff_exports));
  const { patchCoverage: patchCoverage2 } = await Promise.resolve().then(() => (init_patch(), patch_exports));
  let text;
  let source;
  if (diff) {
    text = await nodeFiles().readText(diff);
    source = diff;
  } else {
    const { gitChangedLines: gitChangedLines2 } = await Promise.resolve().then(() => (init_git(), git_exports));
    const changes = await gitChangedLines2(process.cwd(), baseRef);
    text = changes.diffText;
    source = changes.command;
  }
  return patchCoverage2(report2, parseUnifiedDiff2(text, source));
}
async function testsCommand(v, files) {
  if (files.length === 0) throw new UsageError("give at least one JUnit report");
  const { parseJunit: parseJunit2 } = await Promise.resolve().then(() => (init_junit(), junit_exports));
  const { testTotals: testTotals2, durationSummary: durationSummary2 } = await Promise.resolve().then(() => (init_tests(), tests_exports));
  const fs3 = nodeFiles();
  const cases = [];
  const flaky = [];
  for (const f of files) {
    const r = parseJunit2(await fs3.readText(f), f);
    cases.push(...r.cases);
    flaky.push(...r.flakyIds);
  }
  const totals2 = testTotals2(cases, flaky);
  const d = durationSummary2(cases);
  const { p50, p90, p95, p99, method } = d.percentiles;
  if (v["json"]) {
    print(
      JSON.stringify(
        { tests: totals2, durations: { p50, p90, p95, p99, method }, slowest: d.slowest },
        null,
        2
      )
    );
    return 0;
  }
  const { seconds: seconds2 } = await Promise.resolve().then(() => (init_format(), format_exports));
  print(
    `tests: ${totals2.total} total, ${totals2.passed} passed, ${totals2.failed} failed, ${totals2.errors} errors, ${totals2.skipped} skipped, ${totals2.flaky} flaky`
  );
  print(
    `durations (${method}): p50 ${seconds2(p50)}, p90 ${seconds2(p90)}, p95 ${seconds2(p95)}, p99 ${seconds2(p99)}`
  );
  return 0;
}
async function verifyCommand(positionals) {
  if (positionals.length !== 1) throw new UsageError("give exactly one directory");
  const dir = path5.resolve(positionals[0]);
  const fs3 = nodeFiles();
  if (!await fs3.isDirectory(dir)) throw new InputError("not a directory", { file: dir });
  const { verifyArtifacts: verifyArtifacts2 } = await Promise.resolve().then(() => (init_artifacts(), artifacts_exports));
  const result = verifyArtifacts2(await fs3.readDirectory(dir));
  if (result.ok) {
    print(`ok: ${result.checked} files match SHA256SUMS and their embedded hashes`);
    return 0;
  }
  for (const p of result.problems) process.stderr.write(`${p.code}: ${p.file}: ${p.message}
`);
  process.stderr.write(`${result.problems.length} problem(s) in ${dir}
`);
  return 1;
}
async function envCommand(v) {
  const { resolveInputs: resolveInputs2 } = await Promise.resolve().then(() => (init_inputs(), inputs_exports));
  const { checkEnvironment: checkEnvironment2 } = await Promise.resolve().then(() => (init_main(), main_exports));
  const inputs = resolveInputs2(
    { mode: "validate-env", coverage: [], tests: [], config: v["config"] },
    { ...process.env, GITHUB_WORKSPACE: void 0 },
    process.cwd(),
    flagName
  );
  const { signature, verdict } = await checkEnvironment2(inputs, await adapters());
  if (v["json"]) print(JSON.stringify({ signature, verdict }, null, 2));
  else {
    print(`environment: ${verdict.status}`);
    for (const r of verdict.reasons) print(`  ${r.code}: ${r.message}`);
    for (const [name, e] of [...Object.entries(signature.runtimes), ...Object.entries(signature.tools)])
      print(`  ${name}: ${e.version ?? e.status}`);
    print(`  ${signature.os}/${signature.arch}, ${signature.lock_files.length} lock file(s) hashed`);
  }
  return verdict.status === "fail" ? 1 : 0;
}
function print(s) {
  process.stdout.write(`${s}
`);
}
function usage(message, command = "") {
  process.stderr.write(
    `test-ladder: ${message}
Run "test-ladder ${command ? `${command} ` : ""}--help" for usage.
`
  );
  return 2;
}
function fail2(message) {
  process.stderr.write(`test-ladder: ${message}
`);
  return 2;
}
process.exitCode = await cli(process.argv.slice(2));
export {
  cli
};
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
