namespace Osprey.Bench.Learning;

/// <summary>One learner's measurements on one data set.</summary>
internal sealed record BenchResult(string Data, string Learner, double TrainSeconds, double ScoreRowsPerSecond, double Auc, double LogLoss, string Note = "");
