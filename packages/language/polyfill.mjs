// Object.groupBy and Map.groupBy arrived in Node 21; chevrotain 13 (used by Langium 4.4) calls them.
// Loaded first by the language module (src/polyfill.ts), by `langium generate` (node --import),
// and inlined into bundles.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, key) => {
        const groups = Object.create(null);
        let i = 0;
        for (const item of items) (groups[key(item, i++)] ??= []).push(item);
        return groups;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = (items, key) => {
        const groups = new Map();
        let i = 0;
        for (const item of items) {
            const k = key(item, i++);
            const group = groups.get(k);
            if (group) group.push(item); else groups.set(k, [item]);
        }
        return groups;
    };
}
