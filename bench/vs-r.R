# The R side of bench/vs-r.sh: the analysis csat runs, done the way an R user does it, on the same
# generated file. Reading and computing are timed separately (system.time, elapsed), each
# `repeats` times; the last line is JSON with every time.
#
#   Rscript bench/vs-r.R ANALYSIS FILE [REPEATS=3] [READER=fread]
#
# ANALYSIS: describe | reliability | reliability-lean | corr | kmo | factor | regress | read (reading only)
# READER:   fread (data.table) | readr (readr::read_csv) | read.csv (base R)
#
# What each analysis computes (what csat's command prints, as near as R's usual functions go):
#   describe     psych::describe + table() of every column (csat: descriptives + frequencies)
#   reliability  psych::alpha (alpha, standardized alpha, item and item-total statistics, SMC)
#                + a one-factor psych::fa on the correlation matrix (csat's omega total).
#                psych::alpha also tabulates every item's response frequencies (about two thirds
#                of its time on 1M rows), which csat's reliability does not print; so:
#   reliability-lean  the same statistics in base R from cov(): alpha, standardized alpha, item
#                means and sds, scale mean/variance if item deleted, corrected item-total r, SMC,
#                alpha if item deleted, plus the one-factor fa for omega (R's floor)
#   corr         psych::corr.test(adjust = "none", ci = FALSE): r, n and two-tailed p
#   kmo          cor, psych::KMO, psych::cortest.bartlett, det
#   factor       cor, KMO, Bartlett, eigenvalues, psych::principal(rotate = "varimax") with as many
#                components as eigenvalues > 1 (its $weights are the score coefficients)
#   regress      lm + summary + confint + car::vif + Durbin-Watson + standardized coefficients +
#                residual statistics and casewise |ZRESID| > 3 (as SPSS REGRESSION prints)
suppressPackageStartupMessages({
  library(psych)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: Rscript bench/vs-r.R ANALYSIS FILE [REPEATS] [READER]")
analysis <- args[1]
file <- args[2]
repeats <- if (length(args) >= 3) as.integer(args[3]) else 3L
reader <- if (length(args) >= 4) args[4] else "fread"

read_data <- switch(reader,
  fread = {
    if (!requireNamespace("data.table", quietly = TRUE)) stop("data.table is not installed; use READER=readr or read.csv")
    function(f) as.data.frame(data.table::fread(f, showProgress = FALSE))
  },
  readr = {
    if (!requireNamespace("readr", quietly = TRUE)) stop("readr is not installed; use READER=read.csv")
    function(f) as.data.frame(readr::read_csv(f, show_col_types = FALSE, progress = FALSE))
  },
  read.csv = function(f) read.csv(f),
  stop("READER must be fread, readr or read.csv")
)

compute <- switch(analysis,
  read = function(d) invisible(NULL),
  describe = function(d) {
    des <- psych::describe(d)
    freq <- lapply(d, table)
    list(des, freq)
  },
  reliability = function(d) {
    a <- psych::alpha(d, warnings = FALSE)
    one <- psych::fa(cor(d), nfactors = 1, n.obs = nrow(d), fm = "minres")
    l <- one$loadings[, 1]
    omega <- sum(l)^2 / (sum(l)^2 + sum(one$uniquenesses))
    list(a$total, omega)
  },
  "reliability-lean" = function(d) {
    x <- as.matrix(d)
    k <- ncol(x)
    C <- cov(x)
    R <- cov2cor(C)
    total <- rowSums(x)
    alpha <- k / (k - 1) * (1 - sum(diag(C)) / sum(C))
    rbar <- (sum(R) - k) / (k * (k - 1))
    std_alpha <- k * rbar / (1 + (k - 1) * rbar)
    means <- colMeans(x)
    sds <- sqrt(diag(C))
    smc <- 1 - 1 / diag(solve(R))
    deleted <- t(sapply(seq_len(k), function(j) {
      Cj <- C[-j, -j]
      rest <- sum(C[j, -j])
      c(mean(total) - means[j], sum(Cj), rest / sqrt(C[j, j] * sum(Cj)), (k - 1) / (k - 2) * (1 - sum(diag(Cj)) / sum(Cj)))
    }))
    one <- psych::fa(R, nfactors = 1, n.obs = nrow(x), fm = "minres")
    l <- one$loadings[, 1]
    omega <- sum(l)^2 / (sum(l)^2 + sum(one$uniquenesses))
    list(alpha, std_alpha, means, sds, smc, deleted, var(total), omega)
  },
  corr = function(d) {
    ct <- psych::corr.test(d, adjust = "none", ci = FALSE)
    list(ct$r, ct$n, ct$p)
  },
  kmo = function(d) {
    r <- cor(d)
    list(psych::KMO(r), psych::cortest.bartlett(r, n = nrow(d)), det(r))
  },
  factor = function(d) {
    r <- cor(d)
    k <- psych::KMO(r)
    b <- psych::cortest.bartlett(r, n = nrow(d))
    ev <- eigen(r, symmetric = TRUE, only.values = TRUE)$values
    pc <- psych::principal(r, nfactors = sum(ev > 1), rotate = "varimax", n.obs = nrow(d))
    list(k$MSA, b$chisq, pc$loadings, pc$weights)
  },
  regress = function(d) {
    fit <- lm(y ~ ., data = d)
    s <- summary(fit)
    ci <- confint(fit)
    vif <- car::vif(fit)
    e <- residuals(fit)
    dw <- sum(diff(e)^2) / sum(e^2)
    beta <- coef(fit)[-1] * sapply(d[-1], sd) / sd(d$y)
    pred <- fitted(fit)
    zpred <- (pred - mean(pred)) / sd(pred)
    zres <- e / s$sigma
    stats <- sapply(list(pred, e, zpred, zres), function(v) c(min(v), max(v), mean(v), sd(v)))
    casewise <- which(abs(zres) > 3)
    list(s$coefficients, s$r.squared, s$fstatistic, ci, vif, dw, beta, stats, casewise)
  },
  stop("ANALYSIS must be describe, reliability, reliability-lean, corr, kmo, factor, regress or read")
)

elapsed <- function(expr) unname(system.time(expr, gcFirst = TRUE)["elapsed"])

read_s <- numeric(0)
compute_s <- numeric(0)
for (i in seq_len(repeats)) {
  d <- NULL
  read_s[i] <- elapsed(d <- read_data(file))
}
for (i in seq_len(repeats)) {
  # psych's RMSEA interval warns that pchisq did not converge on a million rows; not our concern.
  if (analysis != "read") compute_s[i] <- elapsed(res <- suppressWarnings(compute(d)))
}
med <- function(x) if (length(x)) median(x) else NA
cat(sprintf("%-12s %-9s rows %d cols %d  read %.2f s  compute %s s  (medians of %d)\n",
  analysis, reader, nrow(d), ncol(d), med(read_s),
  if (length(compute_s)) sprintf("%.2f", med(compute_s)) else "-", repeats))
json <- function(x) paste0("[", paste(sprintf("%.3f", x), collapse = ","), "]")
cat(sprintf('{"analysis":"%s","reader":"%s","rows":%d,"read":%s,"compute":%s,"r":"%s"}\n',
  analysis, reader, nrow(d), json(read_s), json(compute_s), R.version.string))
