using KnowledgeBase.Cli;

return KbCommand.Create(Console.Out, Console.Error, Environment.GetEnvironmentVariable).Parse(args).Invoke();
