"""The pandas + numpy peer of `csat analyze` (bench/moments.mjs): the same steps on the same file.

    python3 bench/peers/analyze.py FILE ITEMS   (ITEMS: number of items Q1..Qk; outcome `overall`)

Listwise complete cases; Cronbach's alpha of all items from the covariance matrix; KMO and
Bartlett from the correlation matrix and its inverse; principal components of R with eigenvalue
> 1 and varimax (Kaiser normalisation); scale scores = mean of each component's items; their
correlations with the outcome; OLS of the outcome on the scale scores (B, SE, t). Prints a few
numbers so the work cannot be skipped.
"""
import sys
import numpy as np
import pandas as pd

path, k = sys.argv[1], int(sys.argv[2])
items = [f'Q{j + 1}' for j in range(k)]
df = pd.read_csv(path).dropna(subset=items + ['overall'])
X = df[items].to_numpy(dtype=np.float64)
y = df['overall'].to_numpy(dtype=np.float64)
n = X.shape[0]
C = np.cov(X, rowvar=False)
alpha = k / (k - 1) * (1 - np.trace(C) / C.sum())
sd = np.sqrt(np.diag(C))
R = C / np.outer(sd, sd)
Ri = np.linalg.inv(R)
d = np.sqrt(np.diag(Ri))
P = -Ri / np.outer(d, d)
np.fill_diagonal(P, 0)
R0 = R.copy()
np.fill_diagonal(R0, 0)
kmo = (R0 ** 2).sum() / ((R0 ** 2).sum() + (P ** 2).sum())
sign, logdet = np.linalg.slogdet(R)
bartlett = -(n - 1 - (2 * k + 5) / 6) * logdet
vals, vecs = np.linalg.eigh(R)
order = np.argsort(vals)[::-1]
vals, vecs = vals[order], vecs[:, order]
m = int((vals > 1).sum())
L = vecs[:, :m] * np.sqrt(vals[:m])


def varimax(L, tol=1e-6, it=100):
    h = np.sqrt((L ** 2).sum(axis=1))
    A = L / h[:, None]
    p, q = A.shape
    T = np.eye(q)
    last = 0
    for _ in range(it):
        B = A @ T
        U, s, Vt = np.linalg.svd(A.T @ (B ** 3 - B @ np.diag((B ** 2).sum(axis=0)) / p))
        T = U @ Vt
        if s.sum() < last * (1 + tol):
            break
        last = s.sum()
    return (A @ T) * h[:, None]


Lr = varimax(L)
# Components in order of their sums of squared loadings, as SPSS and psych order them.
Lr = Lr[:, np.argsort(-(Lr ** 2).sum(axis=0))]
assign = np.abs(Lr).argmax(axis=1)
Z = (X - X.mean(axis=0)) / sd
W = np.linalg.solve(R, Lr)
fscores = Z @ W
S = np.column_stack([X[:, assign == c].mean(axis=1) for c in range(m) if (assign == c).any()])
corr = np.corrcoef(np.column_stack([S, y]), rowvar=False)
A = np.column_stack([np.ones(n), S])
beta, *_ = np.linalg.lstsq(A, y, rcond=None)
res = y - A @ beta
s2 = res @ res / (n - A.shape[1])
se = np.sqrt(np.diag(s2 * np.linalg.inv(A.T @ A)))
print(f'n={n} alpha={alpha:.6f} kmo={kmo:.6f} bartlett={bartlett:.1f} components={m} r={corr[0, -1]:.6f} b1={beta[1]:.6f} se1={se[1]:.6f} fs={fscores[0, 0]:.4f}')
