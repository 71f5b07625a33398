import random, json
def gen(seed):
    r = random.Random(seed)
    names = ['Alpha','Beta','Gamma','Delta','Eps','Zeta','Eta','Theta','Iota','Kappa']
    r.shuffle(names)
    kinds = {}
    n = r.randint(3, 8)
    for i in range(n):
        kinds[names[i]] = r.choice(['type','type','interface','union','enum','input','input','scalar'])
    outs = [k for k,v in kinds.items() if v in ('type','interface','union','enum','scalar')]
    ins = [k for k,v in kinds.items() if v in ('input','enum','scalar')]
    objs = [k for k,v in kinds.items() if v=='type']
    ifaces = [k for k,v in kinds.items() if v=='interface']
    builtin = ['Int','String','Boolean','Float','ID']
    def tref(pool, bad=0.05):
        base = r.choice(pool + builtin) if r.random() > bad else r.choice(list(kinds) + builtin)
        t = base
        if r.random() < 0.3: t = t + '!'
        if r.random() < 0.25: t = '[' + t + ']'
        if r.random() < 0.2 and not t.endswith('!'): t = t + '!'
        return t, base
    def literal(base, depth=0):
        if base == 'Int': return r.choice(['1','-5','0', '"x"', '2147483648'])
        if base == 'Float': return r.choice(['1.5','2','-0.25e3'])
        if base == 'String': return r.choice(['"s"','"with \\"q\\""','null', '3'])
        if base == 'Boolean': return r.choice(['true','false'])
        if base == 'ID': return r.choice(['"id1"','7'])
        if kinds.get(base) == 'enum': return r.choice(['A','B','C','Z'])
        if kinds.get(base) == 'input' and depth < 2: return '{}' if r.random()<0.3 else '{f0: 1}'
        return 'null'
    def desc(ind=''):
        x = r.random()
        if x < 0.15: return ind + '"short desc"\n'
        if x < 0.22: return ind + '"""\n' + ind + 'block\n' + ind + '  indented\n' + ind + '"""\n'
        return ''
    def dep():
        x = r.random()
        if x < 0.1: return ' @deprecated'
        if x < 0.15: return ' @deprecated(reason: "gone")'
        return ''
    def args():
        if r.random() < 0.6: return ''
        parts = []
        for j in range(r.randint(1,3)):
            t, base = tref(ins)
            d = ' = ' + literal(base) if r.random() < 0.35 else ''
            parts.append(f'a{j}: {t}{d}{dep() if r.random()<0.3 else ""}')
        return '(' + ', '.join(parts) + ')'
    out = []
    qfields = []
    for k in list(kinds)[:3]:
        if kinds[k] in ('type','interface','union','enum','scalar'): qfields.append(f'q{k}: {k}')
    out.append('type Query {\n  ' + '\n  '.join(qfields + ['ok: Int']) + '\n}')
    for k, v in kinds.items():
        d = desc()
        if v in ('type','interface'):
            impl = ''
            if ifaces and r.random() < 0.5:
                chosen = r.sample(ifaces, r.randint(1, len(ifaces)))
                if r.random() < 0.1: chosen.append(r.choice(list(kinds)))
                impl = ' implements ' + ' & '.join(chosen)
            fields = []
            for j in range(r.randint(0 if r.random()<0.05 else 1, 4)):
                t, _ = tref(outs)
                fields.append(desc('  ') + f'  f{j}{args()}: {t}{dep()}')
            body = ' {\n' + '\n'.join(fields) + '\n}' if fields else ''
            out.append(f'{d}{v} {k}{impl}{body}')
        elif v == 'union':
            members = r.sample(objs, r.randint(0, len(objs))) if objs else []
            if r.random() < 0.1: members.append(r.choice(list(kinds)))
            out.append(f'{d}union {k}' + (' = ' + ' | '.join(members) if members else ''))
        elif v == 'enum':
            vals = [desc('  ') + f'  {x}{dep()}' for x in ['A','B','C'][:r.randint(0,3)]]
            out.append(f'{d}enum {k}' + (' {\n' + '\n'.join(vals) + '\n}' if vals else ''))
        elif v == 'input':
            oneof = ' @oneOf' if r.random() < 0.25 else ''
            fields = []
            for j in range(r.randint(0 if r.random()<0.05 else 1, 3)):
                t, base = tref(ins)
                dflt = ' = ' + literal(base) if r.random() < 0.3 else ''
                fields.append(desc('  ') + f'  f{j}: {t}{dflt}{dep() if r.random()<0.3 else ""}')
            out.append(f'{d}input {k}{oneof}' + (' {\n' + '\n'.join(fields) + '\n}' if fields else ''))
        else:
            sb = ' @specifiedBy(url: "https://s")' if r.random() < 0.3 else ''
            out.append(f'{d}scalar {k}{sb}')
    if r.random() < 0.3:
        out.append('directive @d' + args() + (' repeatable' if r.random()<0.3 else '') + ' on FIELD_DEFINITION | OBJECT')
    if objs and r.random() < 0.3:
        out.append(f'extend type {r.choice(objs)} {{ ext: Int }}')
    return '\n\n'.join(out) + '\n'
cases = [gen(s) for s in range(120)]
json.dump(cases, open('sdls.json','w'))
print(cases[3])
