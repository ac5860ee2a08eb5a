using Osprey.Core.Data;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Forest;

/// <summary>Trains a random forest on the histogram tree code: each tree fits the (class indicator) target by squared error, which for 0/1 targets is the Gini criterion.</summary>
public static class RandomForestTrainer
{
    /// <summary>Trains the forest; its predictions are the average of the trees (class probabilities for classification). Throws <see cref="OperationCanceledException"/> when <paramref name="ct"/> is cancelled, between trees.</summary>
    public static TreeEnsemble Train(TrainingSet train, RandomForestOptions options, CancellationToken ct = default)
    {
        options.Validate();
        train.Validate();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads > 0 ? options.Threads : Environment.ProcessorCount, CancellationToken = ct };
        var layout = BinLayout.Fit(train.Features, options.MaxBins, 200_000, options.Seed, parallel);
        var binned = BinnedMatrix.Create(layout, train.Features, parallel);
        var outputs = train.Task == LearningTask.MulticlassClassification ? train.ClassCount : 1;
        var weights = ClassWeighting.RowWeights(train, options.BalancedClassWeights, null);
        var treeOptions = TreeOptionsFor(train, options);
        var features = Enumerable.Range(0, binned.FeatureCount).ToArray();
        var trees = new DecisionTree[options.Trees * outputs];
        var growers = new System.Collections.Concurrent.ConcurrentBag<TreeGrower>();
        Parallel.For(0, options.Trees, parallel, t =>
        {
            if (!growers.TryTake(out var grower))
            {
                grower = new TreeGrower(binned, treeOptions, new ParallelOptions { MaxDegreeOfParallelism = 1 }, threads: 1);
            }
            var random = SeededRandom.ForStream(options.Seed, t);
            var (sample, counts) = Bootstrap(binned.RowCount, options.Bootstrap, random);
            for (var k = 0; k < outputs; k++)
            {
                var gradients = Gradients(train, weights, counts, outputs == 1 ? -1 : k);
                trees[t * outputs + k] = grower.Grow(gradients, sample, sample.Length, features, 1.0 / options.Trees, random).Tree;
            }
            growers.Add(grower);
        });
        var transform = outputs == 1 ? OutputTransform.Identity : OutputTransform.Normalize;
        var treeOutputs = Enumerable.Range(0, trees.Length).Select(i => i % outputs).ToArray();
        return new TreeEnsemble(trees, treeOutputs, new double[outputs], transform);
    }

    /// <summary>Returns the fraction of features each split considers: the option, else √F/F for classification and 1 for regression.</summary>
    public static double FeatureFraction(TrainingSet train, RandomForestOptions options)
    {
        var featureCount = train.Features.FeatureCount;
        return options.MaxFeatures ?? (train.Task == LearningTask.Regression ? 1.0 : Math.Max(1, Math.Floor(Math.Sqrt(featureCount))) / featureCount);
    }

    private static TreeOptions TreeOptionsFor(TrainingSet train, RandomForestOptions options)
    {
        var fraction = FeatureFraction(train, options);
        return new TreeOptions
        {
            Growth = GrowthPolicy.DepthWise, DepthFirst = true, MaxDepth = options.MaxDepth, MaxLeaves = 0,
            MinChildWeight = 0, MinSamplesLeaf = options.MinSamplesLeaf, L2 = 0, L1 = 0,
            FeatureFractionPerNode = fraction, CategoricalL2 = 0, CategoricalSmoothing = 1,
        };
    }

    private static (int[] Sample, double[] Counts) Bootstrap(int rows, bool bootstrap, SeededRandom random)
    {
        var counts = new double[rows];
        if (!bootstrap)
        {
            Array.Fill(counts, 1.0);
            return (Enumerable.Range(0, rows).ToArray(), counts);
        }
        for (var i = 0; i < rows; i++)
        {
            counts[random.NextInt(rows)]++;
        }
        var sample = new List<int>(rows * 2 / 3);
        for (var row = 0; row < rows; row++)
        {
            if (counts[row] > 0)
            {
                sample.Add(row);
            }
        }
        return (sample.ToArray(), counts);
    }

    /// <summary>Returns (g, h) = (-count·w·target, count·w); with no L2 the leaf value -G/H is the weighted mean target.</summary>
    private static double[] Gradients(TrainingSet train, double[] weights, double[] counts, int indicatorOf)
    {
        var gh = new double[2 * train.Labels.Length];
        for (var r = 0; r < train.Labels.Length; r++)
        {
            var target = indicatorOf < 0 ? train.Labels[r] : train.Labels[r] == indicatorOf ? 1.0 : 0.0;
            var weight = counts[r] * weights[r];
            gh[2 * r] = -weight * target;
            gh[2 * r + 1] = weight;
        }
        return gh;
    }
}
