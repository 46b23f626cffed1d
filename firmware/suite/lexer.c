/*
 * suite lexer: two tokenisers for a C-like language over generated source text, as in
 * configuration parsers and script engines: a hand-written one (a switch over the current
 * character, keywords by switching on length and first letter) and a table-driven one
 * (character classes, a DFA transition table built at start, keywords by binary search,
 * operators by maximal munch over a table).  Both must produce the same token stream.
 */
#include <string.h>
#include "suite.h"

enum { T_IDENT, T_KEYWORD, T_NUMBER, T_STRING, T_OP, T_COMMENT, T_BAD, T_KINDS };

static const char *const keywords[] = {   /* sorted, for the binary search */
    "break", "case", "char", "const", "continue", "default", "do", "else", "enum", "for",
    "if", "int", "return", "sizeof", "static", "struct", "switch", "unsigned", "void", "while",
};
#define NKEYWORDS ((int)(sizeof keywords / sizeof keywords[0]))

static const char *const ops[] = {   /* longest first */
    "<<=", ">>=", "...", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "==", "!=",
    "<=", ">=", "&&", "||", "<<", ">>", "->", "+", "-", "*", "/", "%", "=", "<", ">", "!", "&",
    "|", "^", "~", "?", ":", ";", ",", ".", "(", ")", "[", "]", "{", "}",
};
#define NOPS ((int)(sizeof ops / sizeof ops[0]))

typedef struct { uint32_t hash, count[T_KINDS]; } stream;

static void emit(stream *s, int kind, const char *start, int len, int extra)
{
    s->count[kind]++;
    s->hash = suite_mix(s->hash, (uint32_t)kind << 24 ^ (uint32_t)len << 8 ^ (uint32_t)extra ^ (uint8_t)start[0]);
}

/* ---- lexer A: a switch over the current character ---- */
static int keyword_switch(const char *p, int n)
{
#define KW(i) (memcmp(p, keywords[i], (size_t)n) == 0 && keywords[i][n] == 0 ? i : -1)
    switch (n) {
    case 2: return p[0] == 'd' ? KW(6) : p[0] == 'i' ? KW(10) : -1;
    case 3: return p[0] == 'f' ? KW(9) : p[0] == 'i' ? KW(11) : -1;
    case 4:
        switch (p[0]) {
        case 'c': return p[1] == 'a' ? KW(1) : KW(2);
        case 'e': return p[1] == 'l' ? KW(7) : KW(8);
        case 'v': return KW(18);
        default: return -1;
        }
    case 5:
        switch (p[0]) {
        case 'b': return KW(0);
        case 'c': return KW(3);
        case 'w': return KW(19);
        default: return -1;
        }
    case 6:
        switch (p[0]) {
        case 'r': return KW(12);
        case 's': return p[1] == 'i' ? KW(13) : p[2] == 'a' ? KW(14) : p[2] == 'r' ? KW(15) : KW(16);
        default: return -1;
        }
    case 7: return KW(5);
    case 8: return p[0] == 'c' ? KW(4) : KW(17);
    default: return -1;
    }
#undef KW
}

static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

__attribute__((noinline)) void lex_switch(const char *p, stream *s)
{
    while (*p) {
        const char *start = p;
        switch (*p) {
        case ' ': case '\t': case '\n': case '\r':
            p++;
            continue;
        case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g': case 'h': case 'i':
        case 'j': case 'k': case 'l': case 'm': case 'n': case 'o': case 'p': case 'q': case 'r':
        case 's': case 't': case 'u': case 'v': case 'w': case 'x': case 'y': case 'z':
        case 'A': case 'B': case 'C': case 'D': case 'E': case 'F': case 'G': case 'H': case 'I':
        case 'J': case 'K': case 'L': case 'M': case 'N': case 'O': case 'P': case 'Q': case 'R':
        case 'S': case 'T': case 'U': case 'V': case 'W': case 'X': case 'Y': case 'Z': case '_': {
            while (is_alpha(*p) || is_digit(*p))
                p++;
            int k = keyword_switch(start, (int)(p - start));
            emit(s, k >= 0 ? T_KEYWORD : T_IDENT, start, (int)(p - start), k >= 0 ? k : 0);
            continue;
        }
        case '0':
            if (p[1] == 'x' && is_hex(p[2])) {
                p += 2;
                while (is_hex(*p))
                    p++;
                emit(s, T_NUMBER, start, (int)(p - start), 0);
                continue;
            }
            /* fall through */
        case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
            while (is_digit(*p))
                p++;
            if (*p == '.' && is_digit(p[1])) {
                p++;
                while (is_digit(*p))
                    p++;
            }
            emit(s, T_NUMBER, start, (int)(p - start), 0);
            continue;
        case '"':
            p++;
            while (*p && *p != '"') {
                if (*p == '\\' && p[1])
                    p++;
                p++;
            }
            if (*p)
                p++;
            emit(s, T_STRING, start, (int)(p - start), 0);
            continue;
        case '/':
            if (p[1] == '/') {
                while (*p && *p != '\n')
                    p++;
                emit(s, T_COMMENT, start, (int)(p - start), 0);
                continue;
            }
            if (p[1] == '*') {
                p += 2;
                while (*p && !(p[0] == '*' && p[1] == '/'))
                    p++;
                if (*p)
                    p += 2;
                emit(s, T_COMMENT, start, (int)(p - start), 0);
                continue;
            }
            p += p[1] == '=' ? 2 : 1;
            break;
        case '<': case '>':
            if (p[1] == p[0])
                p += p[2] == '=' ? 3 : 2;
            else
                p += p[1] == '=' ? 2 : 1;
            break;
        case '+': case '&': case '|':
            p += p[1] == p[0] || p[1] == '=' ? 2 : 1;
            break;
        case '-':
            p += p[1] == '-' || p[1] == '=' || p[1] == '>' ? 2 : 1;
            break;
        case '*': case '%': case '=': case '!': case '^':
            p += p[1] == '=' ? 2 : 1;
            break;
        case '.':
            p += p[1] == '.' && p[2] == '.' ? 3 : 1;
            break;
        case '~': case '?': case ':': case ';': case ',': case '(': case ')': case '[': case ']':
        case '{': case '}':
            p++;
            break;
        default:
            p++;
            emit(s, T_BAD, start, 1, 0);
            continue;
        }
        emit(s, T_OP, start, (int)(p - start), 0);
    }
}

/* ---- lexer B: tables ---- */
enum { C_OTHER, C_LETTER, C_DIGIT, C_QUOTE, C_BSLASH, C_SLASH, C_STAR, C_NL, C_SPACE, C_DOT,
       C_X, C_HEXL, C_ZERO, C_END, NCLASS };
enum { S_START, S_IDENT, S_ZERO, S_DEC, S_HEXPFX, S_HEX, S_DOT, S_FRAC, S_STR, S_STRESC, S_STREND,
       S_SLASH, S_LCOMM, S_BCOMM, S_BSTAR, S_BEND, S_WS, NSTATE };
static uint8_t cclass[256];
static int8_t trans[NSTATE][NCLASS];
static const int8_t state_kind[NSTATE] = {
    [S_START] = -1, [S_IDENT] = T_IDENT, [S_ZERO] = T_NUMBER, [S_DEC] = T_NUMBER,
    [S_HEXPFX] = -2, [S_HEX] = T_NUMBER, [S_DOT] = -2, [S_FRAC] = T_NUMBER, [S_STR] = T_STRING,
    [S_STRESC] = T_STRING, [S_STREND] = T_STRING, [S_SLASH] = T_OP, [S_LCOMM] = T_COMMENT,
    [S_BCOMM] = T_COMMENT, [S_BSTAR] = T_COMMENT, [S_BEND] = T_COMMENT, [S_WS] = -1,
};

static void set_row(int state, int8_t to)
{
    for (int c = 0; c < NCLASS; c++)
        trans[state][c] = to;
}

static void tables_init(void)
{
    for (int c = 0; c < 256; c++) {
        uint8_t k = C_OTHER;
        if (c == 'x') k = C_X;
        else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) k = C_HEXL;
        else if (is_alpha((char)c)) k = C_LETTER;
        else if (c == '0') k = C_ZERO;
        else if (is_digit((char)c)) k = C_DIGIT;
        else if (c == '"') k = C_QUOTE;
        else if (c == '\\') k = C_BSLASH;
        else if (c == '/') k = C_SLASH;
        else if (c == '*') k = C_STAR;
        else if (c == '\n') k = C_NL;
        else if (c == ' ' || c == '\t' || c == '\r') k = C_SPACE;
        else if (c == '.') k = C_DOT;
        else if (c == 0) k = C_END;
        cclass[c] = k;
    }
    for (int s = 0; s < NSTATE; s++)
        set_row(s, -1);
    trans[S_START][C_LETTER] = trans[S_START][C_X] = trans[S_START][C_HEXL] = S_IDENT;
    trans[S_START][C_ZERO] = S_ZERO;
    trans[S_START][C_DIGIT] = S_DEC;
    trans[S_START][C_QUOTE] = S_STR;
    trans[S_START][C_SLASH] = S_SLASH;
    trans[S_START][C_SPACE] = trans[S_START][C_NL] = S_WS;
    trans[S_WS][C_SPACE] = trans[S_WS][C_NL] = S_WS;
    trans[S_IDENT][C_LETTER] = trans[S_IDENT][C_X] = trans[S_IDENT][C_HEXL] = S_IDENT;
    trans[S_IDENT][C_DIGIT] = trans[S_IDENT][C_ZERO] = S_IDENT;
    trans[S_ZERO][C_X] = S_HEXPFX;
    trans[S_ZERO][C_DIGIT] = trans[S_ZERO][C_ZERO] = S_DEC;
    trans[S_ZERO][C_DOT] = S_DOT;
    trans[S_DEC][C_DIGIT] = trans[S_DEC][C_ZERO] = S_DEC;
    trans[S_DEC][C_DOT] = S_DOT;
    trans[S_HEXPFX][C_DIGIT] = trans[S_HEXPFX][C_ZERO] = trans[S_HEXPFX][C_HEXL] = S_HEX;
    trans[S_HEX][C_DIGIT] = trans[S_HEX][C_ZERO] = trans[S_HEX][C_HEXL] = S_HEX;
    trans[S_DOT][C_DIGIT] = trans[S_DOT][C_ZERO] = S_FRAC;
    trans[S_FRAC][C_DIGIT] = trans[S_FRAC][C_ZERO] = S_FRAC;
    set_row(S_STR, S_STR);
    trans[S_STR][C_BSLASH] = S_STRESC;
    trans[S_STR][C_QUOTE] = S_STREND;
    trans[S_STR][C_END] = -1;
    set_row(S_STRESC, S_STR);
    trans[S_STRESC][C_END] = -1;
    trans[S_SLASH][C_SLASH] = S_LCOMM;
    trans[S_SLASH][C_STAR] = S_BCOMM;
    set_row(S_LCOMM, S_LCOMM);
    trans[S_LCOMM][C_NL] = trans[S_LCOMM][C_END] = -1;
    set_row(S_BCOMM, S_BCOMM);
    trans[S_BCOMM][C_STAR] = S_BSTAR;
    trans[S_BCOMM][C_END] = -1;
    set_row(S_BSTAR, S_BCOMM);
    trans[S_BSTAR][C_STAR] = S_BSTAR;
    trans[S_BSTAR][C_SLASH] = S_BEND;
    trans[S_BSTAR][C_END] = -1;
}

static int keyword_search(const char *p, int n)
{
    int lo = 0, hi = NKEYWORDS - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strncmp(p, keywords[mid], (size_t)n);
        if (c == 0)
            c = keywords[mid][n] ? -1 : 0;
        if (c == 0)
            return mid;
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return -1;
}

static int munch_op(const char *p)
{
    for (int i = 0; i < NOPS; i++) {
        int n = (int)strlen(ops[i]);
        if (strncmp(p, ops[i], (size_t)n) == 0)
            return n;
    }
    return 0;
}

__attribute__((noinline)) void lex_table(const char *p, stream *s)
{
    while (*p) {
        const char *start = p;
        int state = S_START, last_ok = -1;
        const char *last_end = p;
        for (;;) {
            int next = trans[state][cclass[(uint8_t)*p]];
            if (next < 0)
                break;
            state = next;
            p++;
            if (state_kind[state] != -2) {   /* -2: not a complete token (e.g. "0x") */
                last_ok = state;
                last_end = p;
            }
        }
        if (last_ok < 0) {                    /* no DFA token: an operator, or a bad byte */
            int n = munch_op(start);
            p = start + (n ? n : 1);
            emit(s, n ? T_OP : T_BAD, start, n ? n : 1, 0);
            continue;
        }
        p = last_end;
        int kind = state_kind[last_ok];
        if (kind < 0)
            continue;                         /* white space */
        if (last_ok == S_SLASH) {             /* "/" or "/=" */
            if (*p == '=')
                p++;
            emit(s, T_OP, start, (int)(p - start), 0);
            continue;
        }
        int n = (int)(p - start), k = -1;
        if (kind == T_IDENT && (k = keyword_search(start, n)) >= 0)
            kind = T_KEYWORD;
        emit(s, kind, start, n, kind == T_KEYWORD ? k : 0);
    }
}

/* ---- source text ---- */
#define LEN 12288
static char text[LEN + 64];

static void make_text(uint32_t *seed)
{
    static const char *const pieces[] = {
        "int ", "unsigned ", "static ", "const ", "void ", "struct ", "return ", "while (", "for (",
        "if (", "} else {\n", "switch (", "case ", "break;\n", "sizeof(", "->", ".", "...", "++",
        " += ", " -= ", " <<= ", " >>= ", " == ", " != ", " <= ", " && ", " || ", " ^ ", " % ",
        " = ", ";\n", ", ", "(", ")", "[", "]", "{\n", "}\n", " ? ", " : ", "~", "!", " / ",
        "/* block comment */", "// line comment\n", "\"a string\\n\"", "\"esc \\\" quote\"",
        "0x1F", "0xdeadBEEF", "42", "3.25", "0", "007", "1000000", "sensor_count", "buf",
        "x", "tmp2", "_priv", "Handler", "idx", "do ", "char ", "default:", "enum ", "continue;\n",
        "@",
    };
    int n = 0;
    while (n < LEN) {
        uint32_t r = suite_rand(seed);
        const char *piece = pieces[r % (sizeof pieces / sizeof pieces[0])];
        size_t len = strlen(piece);
        memcpy(text + n, piece, len);
        n += (int)len;
        if (r & 0x10000)
            text[n++] = ' ';
    }
    text[n] = 0;
}

#define ROUNDS 24

int main(void)
{
    uint32_t seed = 0x1e7e1e7eu, sum = 0, tokens = 0;
    int ok = 1;
    tables_init();
    printf("lexer: %d rounds: tokenise %d bytes with a switch lexer and a table lexer\n", ROUNDS, LEN);
    for (int r = 0; r < ROUNDS; r++) {
        stream a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        make_text(&seed);
        for (int rep = 0; rep < 3; rep++) {
            lex_switch(text, &a);
            lex_table(text, &b);
        }
        ok &= a.hash == b.hash && memcmp(a.count, b.count, sizeof a.count) == 0;
        ok &= a.count[T_KEYWORD] > 0 && a.count[T_STRING] > 0 && a.count[T_COMMENT] > 0 && a.count[T_BAD] > 0;
        sum = suite_mix(sum, a.hash);
        for (int k = 0; k < T_KINDS; k++) {
            sum = suite_mix(sum, a.count[k]);
            tokens += a.count[k];
        }
    }
    printf("lexer: %lu tokens per lexer\n", (unsigned long)tokens);
    return suite_result("lexer", sum, ok);
}
