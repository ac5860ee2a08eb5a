using System.CommandLine;
using Osprey.Cli.Learning;
using Osprey.Core.Data;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Cli.Commands;

/// <summary>The options of <c>osprey train</c> and how they become a training or import request.</summary>
internal sealed class TrainOptions
{
    private readonly DataOptions _data = new("The training data: a CSV file with a header row");
    private readonly GateOptions _gates = new();
    private readonly Option<string?> _target = new("--target") { HelpName = "COLUMN", Description = "The column to predict (Yes/No or text: classification; numbers: regression)" };
    private readonly Option<string[]> _parameters = new("--param") { HelpName = "NAME=VALUE", Description = "A learner parameter as name=value, such as trees=300 or max_depth=5; repeatable (see docs/learning.md)" };
    private readonly Option<string?> _experiment = new("--experiment", "-e") { HelpName = "NAME", Description = "The experiment to record the run in, created when missing (default: Default)" };
    private readonly Option<string?> _runName = new("--run-name") { HelpName = "NAME", Description = "The run's name (default: generated)" };
    private readonly Option<string?> _split = new("--split") { HelpName = "STRATEGY", Description = "stratified (on the target; default for classification), stratified:COLUMN, random (default for regression) or time:COLUMN" };
    private readonly Option<double> _validation = new("--validation-fraction") { HelpName = "FRACTION", Description = "Share of rows for validation and early stopping", DefaultValueFactory = _ => 0.1 };
    private readonly Option<double> _test = new("--test-fraction") { HelpName = "FRACTION", Description = "Share of rows held out for the test metrics", DefaultValueFactory = _ => 0.2 };
    private readonly Option<long?> _seed = new("--seed") { HelpName = "SEED", Description = "Seed of the split and of the learner's sampling (default 42)" };
    private readonly Option<double> _threshold = new("--threshold") { HelpName = "P", Description = "Probability at or above which a binary prediction is positive in the metrics", DefaultValueFactory = _ => 0.5 };
    private readonly Option<string[]> _exclude = new("--exclude") { HelpName = "COLUMN", Description = "A column that must not become a feature; repeatable" };
    private readonly Option<string?> _register = new("--register") { HelpName = "NAME", Description = "Register the model as a new version of this registered model (created when missing)" };
    private readonly Option<string?> _alias = new("--alias") { HelpName = "ALIAS", Description = "Point this alias of the registered model at the new version, such as challenger" };
    private readonly Option<string?> _xgboost = new("--xgboost-model") { HelpName = "FILE", Description = "With --model xgboost-json: the model.json saved by XGBoost's save_model" };

    /// <summary>Gets <c>--model</c>: the learner, or xgboost-json to import.</summary>
    public Option<string> Learner { get; } = new("--model")
    {
        HelpName = "LEARNER",
        Description = "The learner: gbdt, random_forest, logistic_regression, linear_regression, or xgboost-json to import --xgboost-model",
        DefaultValueFactory = _ => "gbdt",
    };

    /// <summary>Adds every option to the command.</summary>
    public void AddTo(Command command)
    {
        _data.AddTo(command);
        foreach (var option in new Option[] { _target, Learner, _parameters, _experiment, _runName, _split, _validation, _test, _seed, _threshold, _exclude, _register, _alias, _xgboost })
        {
            command.Options.Add(option);
        }
        _gates.AddTo(command);
    }

    /// <summary>Returns the training request, or null with the usage problem when --data or --target is missing.</summary>
    public TrainingJobRequest? Training(ParseResult parse, out string? problem)
    {
        var file = _data.File(parse);
        var target = parse.GetValue(_target);
        problem = file is null ? "--data is required: the CSV file to train on." : target is null ? "--target is required: the column to predict." : null;
        if (problem is not null)
        {
            return null;
        }
        (SplitStrategy? Strategy, string? Column) split = parse.GetValue(_split) is { } text ? TrainArguments.Split(text) : (null, null);
        return new TrainingJobRequest(file!, target!)
        {
            Learner = parse.GetValue(Learner) ?? "gbdt", Parameters = TrainArguments.Parameters(parse.GetValue(_parameters) ?? []),
            Experiment = parse.GetValue(_experiment), RunName = parse.GetValue(_runName), Split = split.Strategy, SplitColumn = split.Column,
            ValidationFraction = parse.GetValue(_validation), TestFraction = parse.GetValue(_test), Seed = parse.GetValue(_seed),
            Threshold = parse.GetValue(_threshold), Exclude = parse.GetValue(_exclude) ?? [], Gates = _gates.Gates(parse),
            RegisterAs = parse.GetValue(_register), Alias = parse.GetValue(_alias),
        };
    }

    /// <summary>Returns the import request, or null with the usage problem when --xgboost-model is missing.</summary>
    public ModelImportRequest? Import(ParseResult parse, out string? problem)
    {
        var path = parse.GetValue(_xgboost);
        problem = path is null ? "--model xgboost-json needs --xgboost-model FILE (the model.json saved by XGBoost's save_model)." : null;
        return path is null ? null : new ModelImportRequest(path)
        {
            Experiment = parse.GetValue(_experiment), RunName = parse.GetValue(_runName), Data = _data.File(parse), Target = parse.GetValue(_target),
            Threshold = parse.GetValue(_threshold), Gates = _gates.Gates(parse), RegisterAs = parse.GetValue(_register), Alias = parse.GetValue(_alias),
        };
    }
}
