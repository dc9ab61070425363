# R (data.table) peer of `csat moments FILE --items Q1..Qk,overall` (bench/stream.mjs): fread, the
# listwise-complete rows, means, centred cross-products, each column's M2-M4 and value counts.
# Usage: Rscript bench/peers/moments.R FILE ITEMS
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
k <- as.integer(args[2])
cols <- c(paste0("Q", seq_len(k)), "overall")
d <- fread(args[1], select = cols)
x <- as.matrix(na.omit(d))
storage.mode(x) <- "double"
means <- colMeans(x)
cx <- sweep(x, 2, means)
sscp <- crossprod(cx)
cm <- lapply(cols, function(c) {
  v <- as.double(na.omit(d[[c]]))
  e <- v - mean(v)
  list(n = length(v), m2 = sum(e^2), m3 = sum(e^3), m4 = sum(e^4), counts = as.list(table(v)))
})
cat(nrow(x), means[1], sscp[1, 1], "\n")
