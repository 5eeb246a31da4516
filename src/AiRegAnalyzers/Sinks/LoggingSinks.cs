namespace AiRegAnalyzers.Sinks;

/// <summary>
/// The catalogue of logging APIs (AIREG101, AIREG203): Microsoft.Extensions.Logging, Serilog,
/// NLog, log4net, System.Diagnostics Debug/Trace/TraceSource/EventLog, Console and
/// <c>[LoggerMessage]</c> methods. Types are resolved once per compilation; absent ones are skipped.
/// </summary>
internal sealed class LoggingSinks
{
    private static readonly HashSet<string> SerilogMethods = ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write"];
    private static readonly HashSet<string> NLogMethods = ["Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug"];
    private static readonly HashSet<string> Log4NetMethods =
        ["Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat", "Log"];
    private static readonly HashSet<string> DiagnosticsMethods =
        ["Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail", "TraceInformation", "TraceWarning", "TraceError"];
    private static readonly HashSet<string> TraceSourceMethods = ["TraceEvent", "TraceInformation", "TraceData", "TraceTransfer"];
    private static readonly HashSet<string> EventLogMethods = ["WriteEntry", "WriteEvent"];
    private static readonly HashSet<string> WriterMethods = ["Write", "WriteLine", "WriteAsync", "WriteLineAsync"];

    /// <summary>Microsoft.Extensions.Logging: <c>LoggerExtensions</c> and <c>ILogger</c> methods.</summary>
    private static readonly HashSet<string> MelMethods =
        ["Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope"];

    private readonly Dictionary<INamedTypeSymbol, HashSet<string>> _logTypes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _methodNames = new(System.StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, MessageTemplate> _templates = new(System.StringComparer.Ordinal);
    private readonly INamedTypeSymbol? _console;
    private readonly INamedTypeSymbol? _textWriter;
    private readonly INamedTypeSymbol? _loggerMessageAttribute;
    private readonly INamedTypeSymbol? _logLevel;
    private readonly INamedTypeSymbol? _eventId;
    private readonly INamedTypeSymbol? _exception;

    private LoggingSinks(Compilation compilation)
    {
        Add(compilation, "Microsoft.Extensions.Logging.LoggerExtensions", MelMethods);
        Add(compilation, "Microsoft.Extensions.Logging.ILogger", MelMethods);
        Add(compilation, "Serilog.Log", SerilogMethods);
        Add(compilation, "Serilog.ILogger", SerilogMethods);
        Add(compilation, "Serilog.Core.Logger", SerilogMethods);
        Add(compilation, "NLog.ILogger", NLogMethods);
        Add(compilation, "NLog.ILoggerBase", NLogMethods);
        Add(compilation, "NLog.Logger", NLogMethods);
        Add(compilation, "NLog.ILoggerExtensions", NLogMethods);
        Add(compilation, "log4net.ILog", Log4NetMethods);
        Add(compilation, "log4net.Core.ILogger", Log4NetMethods);
        Add(compilation, "System.Diagnostics.Debug", DiagnosticsMethods);
        Add(compilation, "System.Diagnostics.Trace", DiagnosticsMethods);
        Add(compilation, "System.Diagnostics.TraceSource", TraceSourceMethods);
        Add(compilation, "System.Diagnostics.EventLog", EventLogMethods);
        Add(compilation, "System.Console", WriterMethods);

        _console = compilation.GetTypeByMetadataName("System.Console");
        _textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        _loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _logLevel = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LogLevel");
        _eventId = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.EventId");
        _exception = compilation.GetTypeByMetadataName("System.Exception");
    }

    /// <summary>The catalogue of <paramref name="compilation"/>, shared by every rule that uses it.</summary>
    public static LoggingSinks Get(Compilation compilation) => PerCompilation<LoggingSinks>.Get(compilation, c => new LoggingSinks(c));

    /// <summary>The names of the catalogued logging methods (<c>[LoggerMessage]</c> methods are the application's own).</summary>
    public IEnumerable<string> MethodNames => _methodNames;

    /// <summary>Whether the invocation writes to a log: a catalogued API, a <c>[LoggerMessage]</c> method, or a configured wrapper.</summary>
    public bool IsLogCall(IInvocationOperation invocation, Common.MethodNameList customLogMethods)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        var type = method.ContainingType?.OriginalDefinition;
        if (type is null)
        {
            return false;
        }

        // Most invocations are not logging: a name lookup rules them out before any symbol comparison.
        if (!_methodNames.Contains(method.Name))
        {
            return ((method.IsPartialDefinition || method.PartialDefinitionPart is not null) && IsLoggerMessageMethod(method)) || customLogMethods.Contains(method);
        }

        if (_logTypes.TryGetValue(type, out var names))
        {
            return names.Contains(method.Name);
        }

        // Console.Out.WriteLine(...) / Console.Error.Write(...)
        if (WriterMethods.Contains(method.Name)
            && _textWriter is not null
            && type.InheritsFromOrEquals(_textWriter)
            && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } property
            && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _console))
        {
            return true;
        }

        return customLogMethods.Contains(method);
    }

    /// <summary>A partial method generated by the logging source generator from <c>[LoggerMessage]</c>.</summary>
    public bool IsLoggerMessageMethod(IMethodSymbol method) => GetLoggerMessageAttribute(method) is not null;

    /// <summary>The message of a <c>[LoggerMessage]</c> method, where its holes bind to parameters by name.</summary>
    public string? GetLoggerMessageTemplate(IMethodSymbol method)
    {
        if (GetLoggerMessageAttribute(method) is not { } attribute)
        {
            return null;
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Message" && named.Value.Value is string message)
            {
                return message;
            }
        }

        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Value is string message)
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>The holes of a constant message template, parsed once per text (every rule that reads a log call asks, and templates repeat).</summary>
    public MessageTemplate Template(string text) =>
        _templates.TryGetValue(text, out var template) ? template : _templates.GetOrAdd(text, MessageTemplate.Parse(text));

    /// <summary>
    /// Whether an argument for <paramref name="parameter"/> can carry logged data: not the logger
    /// itself, a level, an event id, an exception, a format provider or a callback.
    /// </summary>
    public bool IsDataParameter(IParameterSymbol parameter)
    {
        var type = parameter.Type;
        if (type.TypeKind is TypeKind.Delegate or TypeKind.Enum || type.SpecialType == SpecialType.System_Boolean)
        {
            return false;
        }

        if (parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true })
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _logLevel) || SymbolEqualityComparer.Default.Equals(type, _eventId)
            || type.InheritsFromOrEquals(_exception))
        {
            return false;
        }

        return type.Name is not ("IFormatProvider" or "ILogger" or "CancellationToken" or "Type");
    }

    /// <summary>The template parameter of a structured or composite-format logging method, by name.</summary>
    public static bool IsTemplateParameter(IParameterSymbol parameter) =>
        parameter.Type.SpecialType == SpecialType.System_String && parameter.Name is "message" or "messageTemplate" or "messageFormat" or "format";

    /// <summary>The source generator only implements partial methods, so only their definitions are looked at.</summary>
    private AttributeData? GetLoggerMessageAttribute(IMethodSymbol method)
    {
        method = method.PartialDefinitionPart ?? method;
        if (_loggerMessageAttribute is null || !method.IsPartialDefinition)
        {
            return null;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _loggerMessageAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    private void Add(Compilation compilation, string metadataName, HashSet<string> methods)
    {
        if (compilation.GetTypeByMetadataName(metadataName) is { } type)
        {
            _logTypes[type] = methods;
            _methodNames.UnionWith(methods);
        }
    }
}
