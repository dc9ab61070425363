# The R peer of `csat analyze` (bench/moments.mjs): data.table::fread, base R and psych on the
# correlation matrix (psych::alpha on the raw rows takes minutes at 1M rows).
#   Rscript bench/peers/analyze.R FILE ITEMS
# Steps as bench/peers/analyze.py: alpha from cov(), psych::KMO and cortest.bartlett on R,
# psych::principal(R, nfactors = eigenvalues > 1, rotate = "varimax"), component scores,
# scale scores (mean of each component's items), cor(), lm() of the outcome on the scale scores.
suppressPackageStartupMessages({ library(data.table); library(psych) })
args <- commandArgs(TRUE)
k <- as.integer(args[2])
items <- paste0("Q", seq_len(k))
d <- na.omit(fread(args[1], select = c(items, "overall")))
X <- as.matrix(d[, ..items])
n <- nrow(X)
C <- cov(X)
alpha <- k / (k - 1) * (1 - sum(diag(C)) / sum(C))
R <- cov2cor(C)
kmo <- KMO(R)$MSA
bart <- cortest.bartlett(R, n = n)$chisq
m <- sum(eigen(R, symmetric = TRUE, only.values = TRUE)$values > 1)
pc <- principal(R, nfactors = m, rotate = "varimax")
L <- unclass(pc$loadings)
fs <- scale(X) %*% solve(R, L)
assign <- apply(abs(L), 1, which.max)
S <- sapply(sort(unique(assign)), function(c) rowMeans(X[, assign == c, drop = FALSE]))
colnames(S) <- paste0("S", seq_len(ncol(S)))
r <- cor(cbind(S, overall = d$overall))
fit <- summary(lm(d$overall ~ S))
cat(sprintf("n=%d alpha=%.6f kmo=%.6f bartlett=%.1f components=%d r=%.6f b1=%.6f fs=%.4f\n", n, alpha, kmo, bart, m, r[1, ncol(r)], coef(fit)[2, 1], fs[1, 1]))
