/*
 * suite calls: code made of many small calls and returns: naive recursive Fibonacci,
 * Takeuchi's function, towers of Hanoi through a move callback, a binary search tree with
 * recursive insert/walk/validate/mirror, and an expression language: random expression trees
 * printed fully parenthesised, parsed back by a recursive-descent parser and evaluated by a
 * recursive tree-walking interpreter.  Checks the known results and that the parsed tree
 * evaluates like the original.
 */
#include <string.h>
#include "suite.h"

__attribute__((noinline)) static uint32_t fib(uint32_t n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static int tak(int x, int y, int z)
{
    return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}

static uint32_t pegs[3];
static void move_disc(int from, int to)
{
    pegs[from]--;
    pegs[to]++;
}

__attribute__((noinline)) static uint32_t hanoi(int n, int from, int to, int via, void (*move)(int, int))
{
    if (n == 0)
        return 0;
    uint32_t m = hanoi(n - 1, from, via, to, move);
    move(from, to);
    return m + 1 + hanoi(n - 1, via, to, from, move);
}

/* ---- binary search tree from a pool ---- */
typedef struct tnode { uint32_t key; struct tnode *l, *r; } tnode;
#define POOL 4096
static tnode pool[POOL];
static int pool_used;

static tnode *bst_insert(tnode *t, uint32_t key)
{
    if (!t) {
        t = &pool[pool_used++];
        t->key = key;
        t->l = t->r = 0;
        return t;
    }
    if (key < t->key)
        t->l = bst_insert(t->l, key);
    else if (key > t->key)
        t->r = bst_insert(t->r, key);
    return t;
}

static uint32_t bst_count(const tnode *t) { return t ? 1 + bst_count(t->l) + bst_count(t->r) : 0; }
static uint32_t bst_sum(const tnode *t) { return t ? t->key + bst_sum(t->l) + bst_sum(t->r) : 0; }
static int bst_height(const tnode *t)
{
    if (!t)
        return 0;
    int a = bst_height(t->l), b = bst_height(t->r);
    return 1 + (a > b ? a : b);
}
static int bst_valid(const tnode *t, uint32_t lo, uint32_t hi)
{
    return !t || (t->key >= lo && t->key <= hi && (t->key == 0 || bst_valid(t->l, lo, t->key - 1)) &&
                  bst_valid(t->r, t->key + 1, hi));
}
static void bst_mirror(tnode *t)
{
    if (!t)
        return;
    tnode *x = t->l;
    t->l = t->r;
    t->r = x;
    bst_mirror(t->l);
    bst_mirror(t->r);
}
static void bst_inorder(const tnode *t, void (*visit)(uint32_t, void *), void *ctx)
{
    if (!t)
        return;
    bst_inorder(t->l, visit, ctx);
    visit(t->key, ctx);
    bst_inorder(t->r, visit, ctx);
}
static void visit_hash(uint32_t key, void *ctx) { *(uint32_t *)ctx = suite_mix(*(uint32_t *)ctx, key); }

/* ---- expressions ---- */
enum { E_CONST, E_VAR, E_ADD, E_SUB, E_MUL, E_NEG };
typedef struct expr { int op; uint32_t value; struct expr *a, *b; } expr;
#define EPOOL 8192
static expr epool[EPOOL];
static int eused;
static uint32_t env[3];

static expr *mk(int op, uint32_t value, expr *a, expr *b)
{
    expr *e = &epool[eused++];
    e->op = op; e->value = value; e->a = a; e->b = b;
    return e;
}

static expr *random_expr(uint32_t *seed, int depth)
{
    uint32_t r = suite_rand(seed);
    if (depth == 0 || r % 8 == 0)
        return r & 0x100 ? mk(E_VAR, r % 3, 0, 0) : mk(E_CONST, (r >> 12) % 1000, 0, 0);
    int op = E_ADD + (int)((r >> 4) % 4);
    expr *a = random_expr(seed, depth - 1);
    return mk(op, 0, a, op == E_NEG ? 0 : random_expr(seed, depth - 1));
}

static uint32_t eval(const expr *e)
{
    switch (e->op) {
    case E_CONST: return e->value;
    case E_VAR: return env[e->value];
    case E_ADD: return eval(e->a) + eval(e->b);
    case E_SUB: return eval(e->a) - eval(e->b);
    case E_MUL: return eval(e->a) * eval(e->b);
    default: return 0u - eval(e->a);
    }
}

static char *print_expr(const expr *e, char *p)
{
    switch (e->op) {
    case E_CONST: {
        char digits[12];
        int n = 0;
        uint32_t v = e->value;
        do digits[n++] = (char)('0' + v % 10); while (v /= 10);
        while (n)
            *p++ = digits[--n];
        return p;
    }
    case E_VAR: *p++ = (char)('x' + e->value); return p;
    case E_NEG:
        *p++ = '-'; *p++ = '(';
        p = print_expr(e->a, p);
        *p++ = ')';
        return p;
    default:
        *p++ = '(';
        p = print_expr(e->a, p);
        *p++ = e->op == E_ADD ? '+' : e->op == E_SUB ? '-' : '*';
        p = print_expr(e->b, p);
        *p++ = ')';
        return p;
    }
}

static const char *src;
static expr *parse_expr(void);
static expr *parse_primary(void)
{
    if (*src == '(') {
        src++;
        expr *e = parse_expr();
        src++;                              /* ')' */
        return e;
    }
    if (*src >= 'x' && *src <= 'z')
        return mk(E_VAR, (uint32_t)(*src++ - 'x'), 0, 0);
    uint32_t v = 0;
    while (*src >= '0' && *src <= '9')
        v = v * 10 + (uint32_t)(*src++ - '0');
    return mk(E_CONST, v, 0, 0);
}
static expr *parse_unary(void)
{
    if (*src == '-') {
        src++;
        return mk(E_NEG, 0, parse_unary(), 0);
    }
    return parse_primary();
}
static expr *parse_term(void)
{
    expr *e = parse_unary();
    while (*src == '*') {
        src++;
        e = mk(E_MUL, 0, e, parse_unary());
    }
    return e;
}
static expr *parse_expr(void)
{
    expr *e = parse_term();
    while (*src == '+' || *src == '-') {
        int op = *src++ == '+' ? E_ADD : E_SUB;
        e = mk(op, 0, e, parse_term());
    }
    return e;
}

#define ROUNDS 30
static char text[65536];

int main(void)
{
    uint32_t seed = 0x0ddba11u, sum = 0;
    int ok = 1;
    printf("calls: %d rounds of fib(20), tak(18,12,6), hanoi(13), BST of 2000 keys, 40 expressions\n", ROUNDS);
    for (int r = 0; r < ROUNDS; r++) {
        uint32_t f = fib(20);
        int t = tak(18, 12, 6);
        pegs[0] = 13; pegs[1] = pegs[2] = 0;
        uint32_t moves = hanoi(13, 0, 2, 1, move_disc);
        ok &= f == 6765 && t == 7 && moves == 8191 && pegs[2] == 13;
        sum = suite_mix(suite_mix(sum, f), moves);

        pool_used = 0;
        tnode *root = 0;
        uint32_t keys = 0;
        for (int i = 0; i < 2000; i++)
            root = bst_insert(root, suite_rand(&seed) % 100000u);
        keys = bst_count(root);
        ok &= keys == (uint32_t)pool_used && bst_valid(root, 0, 0xffffffffu);
        uint32_t h = 0;
        bst_inorder(root, visit_hash, &h);
        sum = suite_mix(suite_mix(sum, h), bst_sum(root) ^ (uint32_t)bst_height(root));
        bst_mirror(root);
        ok &= !bst_valid(root, 0, 0xffffffffu) || keys < 2;
        bst_mirror(root);
        ok &= bst_valid(root, 0, 0xffffffffu);

        for (int k = 0; k < 40; k++) {
            eused = 0;
            expr *e = random_expr(&seed, 10);
            char *end = print_expr(e, text);
            *end = 0;
            src = text;
            expr *back = parse_expr();
            ok &= *src == 0;
            for (int v = 0; v < 4; v++) {
                env[0] = suite_rand(&seed); env[1] = (uint32_t)v; env[2] = 12345;
                uint32_t a = eval(e), b = eval(back);
                ok &= a == b;
                sum = suite_mix(sum, a);
            }
        }
    }
    printf("calls: fib(20) = %lu, tak(18,12,6) = %d, last expression %d bytes\n",
           (unsigned long)fib(20), tak(18, 12, 6), (int)strlen(text));
    return suite_result("calls", sum, ok);
}
