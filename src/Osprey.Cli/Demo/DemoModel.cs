namespace Osprey.Cli.Demo;

/// <summary>The demo's fitted logistic regression and how well it fits its training points.</summary>
internal sealed record DemoModel(double W1, double W2, double Bias, double Loss, double Accuracy);
