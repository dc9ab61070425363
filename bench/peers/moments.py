"""pandas + numpy peer of `csat moments FILE --items Q1..Qk,overall` (bench/stream.mjs): read the
CSV, keep the listwise-complete rows, and compute n, means, the centred cross-products, each
column's centred power sums M2-M4 over its own valid cases, and per-value counts of the columns.
Usage: python3 bench/peers/moments.py FILE ITEMS"""
import json
import sys

import numpy as np
import pandas as pd

file, k = sys.argv[1], int(sys.argv[2])
cols = [f'Q{j + 1}' for j in range(k)] + ['overall']
df = pd.read_csv(file, usecols=cols)[cols]
x = df.dropna().to_numpy(dtype=np.float64)
means = x.mean(axis=0)
d = x - means
sscp = d.T @ d
columns = []
for c in cols:
    v = df[c].dropna().to_numpy(dtype=np.float64)
    e = v - v.mean()
    columns.append({'n': len(v), 'm2': float((e ** 2).sum()), 'm3': float((e ** 3).sum()), 'm4': float((e ** 4).sum()),
                    'counts': {str(a): int(b) for a, b in df[c].value_counts().items()}})
json.dump({'n': len(x), 'means': means.tolist(), 'crossProducts': sscp.tolist(), 'columns': columns}, sys.stdout)
