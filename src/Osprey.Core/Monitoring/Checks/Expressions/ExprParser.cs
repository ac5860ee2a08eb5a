using System.Globalization;

namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>Parses check expressions by precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>, comparisons, <c>+ -</c>, <c>* / %</c>, unary minus.</summary>
internal sealed class ExprParser
{
    private const int MaxDepth = 64;
    private readonly List<ExprToken> _tokens;
    private int _next;
    private int _depth;

    private ExprParser(List<ExprToken> tokens) => _tokens = tokens;

    /// <summary>Parses <paramref name="text"/> into a tree, or returns why it cannot with the offset of the problem.</summary>
    public static (ExprNode? Node, ExprSyntaxError? Error) Parse(string text)
    {
        var (tokens, error) = ExprLexer.Read(text);
        if (error is not null)
        {
            return (null, error);
        }
        var parser = new ExprParser(tokens);
        try
        {
            var node = parser.Or();
            var rest = parser.Peek;
            return rest.Kind == ExprTokenKind.End ? (node, null) : (null, new ExprSyntaxError($"unexpected '{rest.Text}' after a complete expression", rest.Offset));
        }
        catch (ExprSyntaxException e)
        {
            return (null, e.Error);
        }
    }

    private ExprToken Peek => _tokens[_next];

    private bool Accept(string symbolOrKeyword)
    {
        var token = Peek;
        var matches = token.Kind == ExprTokenKind.Symbol ? token.Text == symbolOrKeyword
            : token.Kind == ExprTokenKind.Name && token.Text.Equals(symbolOrKeyword, StringComparison.OrdinalIgnoreCase);
        if (matches)
        {
            _next++;
        }
        return matches;
    }

    private ExprNode Or()
    {
        var node = And();
        while (Accept("or"))
        {
            node = new BinaryNode(ExprOperator.Or, node, And());
        }
        return node;
    }

    private ExprNode And()
    {
        var node = Not();
        while (Accept("and"))
        {
            node = new BinaryNode(ExprOperator.And, node, Not());
        }
        return node;
    }

    private ExprNode Not() => Accept("not") ? new UnaryNode(false, Nested(Not)) : Comparison();

    private ExprNode Comparison()
    {
        var node = Sum();
        ExprOperator? op = Peek.Kind != ExprTokenKind.Symbol ? null : Peek.Text switch
        {
            "==" or "=" => ExprOperator.Equal,
            "!=" or "<>" => ExprOperator.NotEqual,
            "<" => ExprOperator.Less,
            "<=" => ExprOperator.LessOrEqual,
            ">" => ExprOperator.Greater,
            ">=" => ExprOperator.GreaterOrEqual,
            _ => null,
        };
        if (op is { } comparison)
        {
            _next++;
            node = new BinaryNode(comparison, node, Sum());
        }
        return node;
    }

    private ExprNode Sum()
    {
        var node = Product();
        while (true)
        {
            if (Accept("+"))
            {
                node = new BinaryNode(ExprOperator.Add, node, Product());
            }
            else if (Accept("-"))
            {
                node = new BinaryNode(ExprOperator.Subtract, node, Product());
            }
            else
            {
                return node;
            }
        }
    }

    private ExprNode Product()
    {
        var node = Negation();
        while (true)
        {
            ExprOperator? op = Accept("*") ? ExprOperator.Multiply : Accept("/") ? ExprOperator.Divide : Accept("%") ? ExprOperator.Remainder : null;
            if (op is null)
            {
                return node;
            }
            node = new BinaryNode(op.Value, node, Negation());
        }
    }

    private ExprNode Negation() => Accept("-") ? new UnaryNode(true, Nested(Negation)) : Primary();

    private ExprNode Primary()
    {
        var token = Peek;
        _next++;
        switch (token.Kind)
        {
            case ExprTokenKind.Number when double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return new LiteralNode(ExprValue.Of(number));
            case ExprTokenKind.Text:
                return new LiteralNode(ExprValue.Of(token.Text));
            case ExprTokenKind.Symbol when token.Text == "(":
                var inner = Nested(Or);
                Expect(")", "a closing ')'");
                return inner;
            case ExprTokenKind.Name:
                return Name(token);
            default:
                throw new ExprSyntaxException(new(token.Kind == ExprTokenKind.End
                    ? "the expression ends where a value was expected" : $"expected a value, a column or '(' but found '{token.Text}'", token.Offset));
        }
    }

    private ExprNode Name(ExprToken token)
    {
        var word = token.Text.ToUpperInvariant();
        if (Peek.Kind == ExprTokenKind.Symbol && Peek.Text == "(")
        {
            return Call(token);
        }
        return word switch
        {
            "TRUE" => new LiteralNode(ExprValue.True),
            "FALSE" => new LiteralNode(ExprValue.False),
            "NULL" => new LiteralNode(ExprValue.Null),
            "AND" or "OR" or "NOT" => throw new ExprSyntaxException(new($"expected a value but found the keyword '{token.Text}'", token.Offset)),
            _ => new ColumnNode(token.Text),
        };
    }

    private CallNode Call(ExprToken name)
    {
        var function = name.Text.ToLowerInvariant();
        if (!CallNode.Functions.TryGetValue(function, out var arity))
        {
            throw new ExprSyntaxException(new($"unknown function '{name.Text}'; the functions are {string.Join(", ", CallNode.Functions.Keys)}", name.Offset));
        }
        _next++;
        var arguments = new List<ExprNode>();
        if (!Accept(")"))
        {
            do
            {
                arguments.Add(Nested(Or));
            }
            while (Accept(","));
            Expect(")", "',' or a closing ')'");
        }
        if (arity >= 0 ? arguments.Count != arity : arguments.Count == 0)
        {
            throw new ExprSyntaxException(new($"{function} takes {(arity >= 0 ? arity.ToString(CultureInfo.InvariantCulture) : "one or more")} argument(s), got {arguments.Count}", name.Offset));
        }
        return new CallNode(function, arguments);
    }

    private void Expect(string symbol, string what)
    {
        if (!Accept(symbol))
        {
            throw new ExprSyntaxException(new($"expected {what} but found {(Peek.Kind == ExprTokenKind.End ? "the end" : $"'{Peek.Text}'")}", Peek.Offset));
        }
    }

    private ExprNode Nested(Func<ExprNode> parse)
    {
        if (++_depth > MaxDepth)
        {
            throw new ExprSyntaxException(new($"the expression nests deeper than {MaxDepth} levels", Peek.Offset));
        }
        var node = parse();
        _depth--;
        return node;
    }
}
