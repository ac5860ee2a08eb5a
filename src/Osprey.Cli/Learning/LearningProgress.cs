using System.Globalization;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Jobs;
using Spectre.Console;

namespace Osprey.Cli.Learning;

/// <summary>Live progress bars for training (iteration and validation loss) and batch scoring (rows), shown only where a person watches a terminal.</summary>
internal static class LearningProgress
{
    /// <summary>Runs a training job with a bar that follows its boosting iterations (a spinner for learners that do not report any).</summary>
    public static Task<T> TrainingAsync<T>(Terminal terminal, string learner, Func<IProgress<BoostingProgress>?, Task<T>> work)
    {
        if (!terminal.Out.Profile.Capabilities.Interactive)
        {
            return work(null);
        }
        return Bar(terminal).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape($"Training {learner}"), maxValue: 1);
            task.IsIndeterminate = true;
            var progress = new CallbackProgress<BoostingProgress>(step =>
            {
                task.IsIndeterminate = false;
                task.MaxValue = step.TotalIterations;
                task.Value = step.Iteration;
                var loss = step.ValidationLoss is { } value
                    ? string.Create(CultureInfo.InvariantCulture, $", validation {step.LossName} {value:0.00000}")
                    : "";
                task.Description = Markup.Escape($"Training {learner}: iteration {step.Iteration}/{step.TotalIterations}{loss}");
            });
            var result = await work(progress);
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            return result;
        });
    }

    /// <summary>Runs a batch scoring job with a bar over the bytes of the input read so far, and the rows scored.</summary>
    public static Task<T> ScoringAsync<T>(Terminal terminal, Func<IProgress<ScoringProgress>?, Task<T>> work)
    {
        if (!terminal.Out.Profile.Capabilities.Interactive)
        {
            return work(null);
        }
        return Bar(terminal).StartAsync(async context =>
        {
            var task = context.AddTask("Scoring", maxValue: 1);
            task.IsIndeterminate = true;
            var progress = new CallbackProgress<ScoringProgress>(step =>
            {
                task.IsIndeterminate = false;
                task.MaxValue = Math.Max(1, step.TotalBytes);
                task.Value = step.Bytes;
                task.Description = string.Create(CultureInfo.InvariantCulture, $"Scoring: {step.Rows:N0} rows, {step.Bytes / 1048576.0:N1} of {step.TotalBytes / 1048576.0:N1} MiB read");
            });
            var result = await work(progress);
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            return result;
        });
    }

    private static Progress Bar(Terminal terminal) => terminal.Out.Progress()
        .AutoClear(false)
        .HideCompleted(false)
        .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn());
}
