<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Select a hidden or output layer to remove; the network keeps at least one.</source>
        <translation>请选择要删除的隐藏层或输出层；网络至少要保留一层。</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入层大小</translation>
    </message>
    <message>
        <source>Number of input neurons:</source>
        <translation>输入神经元个数：</translation>
    </message>
    <message>
        <source>About NeuroStep</source>
        <translation>关于 NeuroStep</translation>
    </message>
    <message>
        <source>How to use NeuroStep</source>
        <translation>NeuroStep 使用说明</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new network (a small 2-3-1 one)</source>
        <translation>新建一个网络（一个小的 2-3-1 网络）</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a %1 file</source>
        <translation>打开一个 %1 文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the network to its file</source>
        <translation>把网络保存到它的文件</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the network to a new file</source>
        <translation>把网络保存为新文件</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently used files</source>
        <translation>清除最近使用的文件记录</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close NeuroStep</source>
        <translation>关闭 NeuroStep</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>重做刚刚撤销的编辑</translation>
    </message>
    <message>
        <source>&amp;Delete layer</source>
        <translation>删除层(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>删除选中的层</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Settings NeuroStep keeps between runs: how much memory undo may use</source>
        <translation>NeuroStep 在每次运行之间保留的设置：撤销历史最多可以占用多少内存</translation>
    </message>
    <message>
        <source>&amp;Add layer</source>
        <translation>添加层(&amp;A)</translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected one (or before the output layer)</source>
        <translation>在选中的层之后（未选中时在输出层之前）添加一个隐藏层</translation>
    </message>
    <message>
        <source>Add layer &amp;before</source>
        <translation>在前面添加层(&amp;B)</translation>
    </message>
    <message>
        <source>Add a hidden layer before the selected one</source>
        <translation>在选中的层之前添加一个隐藏层</translation>
    </message>
    <message>
        <source>&amp;Remove layer</source>
        <translation>删除层(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected layer (or the last hidden one)</source>
        <translation>删除选中的层（未选中时删除最后一个隐藏层）</translation>
    </message>
    <message>
        <source>Set &amp;input size…</source>
        <translation>设置输入层大小(&amp;I)…</translation>
    </message>
    <message>
        <source>Change how many neurons the input layer has</source>
        <translation>更改输入层的神经元个数</translation>
    </message>
    <message>
        <source>&amp;Fit view</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom so the whole network fits</source>
        <translation>缩放到能看见整个网络</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Make the network larger</source>
        <translation>把网络放大显示</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Make the network smaller</source>
        <translation>把网络缩小显示</translation>
    </message>
    <message>
        <source>Show the interface in English</source>
        <translation>界面使用英文</translation>
    </message>
    <message>
        <source>Show the interface in Simplified Chinese</source>
        <translation>界面使用简体中文</translation>
    </message>
    <message>
        <source>&amp;How to use</source>
        <translation>使用说明(&amp;H)</translation>
    </message>
    <message>
        <source>A short guide to NeuroStep</source>
        <translation>NeuroStep 简明使用指南</translation>
    </message>
    <message>
        <source>&amp;About NeuroStep</source>
        <translation>关于 NeuroStep(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本与许可证</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>最近使用的文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Show or hide the panel “%1”</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>（没有最近使用的文件）</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Inspector: the selected neuron, edge or layer; edit its weight, bias or the example input here</source>
        <translation>属性：选中的神经元、连线或层；在这里修改它的权重、偏置或示例输入</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Computation: the current neuron&apos;s ⟦a = b + Σ w·x⟧ and ⟦z = h(a)⟧ with real numbers</source>
        <translation>计算过程：用实际数值展示当前神经元的 ⟦a = b + Σ w·x⟧ 和 ⟦z = h(a)⟧</translation>
    </message>
    <message>
        <source>Activation function: the curve ⟦z = h(a)⟧ and the point being computed</source>
        <translation>激活函数：曲线 ⟦z = h(a)⟧ 以及正在计算的点</translation>
    </message>
    <message>
        <source>Gradients: ⟦δ = ∂E/∂a⟧ of each neuron and the size of each layer&apos;s weight gradients</source>
        <translation>梯度：每个神经元的 ⟦δ = ∂E/∂a⟧，以及每层权重梯度的大小</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>Digits: draw the input on the pad (left button draws, right erases) and read the network&apos;s answer on the bars</source>
        <translation>手写数字：在画板上绘制输入（左键绘制，右键擦除），在条形图上看网络的答案</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Feature maps: what each neuron of layer 1 looks for, and what it sees in the example</source>
        <translation>特征图：第 1 层每个神经元在找什么，以及它在示例中看到了什么</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Confusion matrix: the test points by their true class and the network&apos;s answer</source>
        <translation>混淆矩阵：测试点按真实类别和网络的答案计数</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How to use NeuroStep&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open an example from &lt;b&gt;Examples&lt;/b&gt;, or build a network with &lt;b&gt;Network → Add layer&lt;/b&gt; and the + / − buttons on each layer.&lt;/li&gt;&lt;li&gt;Click a neuron or an edge to select it; the &lt;b&gt;Inspector&lt;/b&gt; edits its bias or weight. With nothing selected it shows the table of examples: click a row to step through it. Blue edges are positive weights, red ones negative; thicker means larger.&lt;/li&gt;&lt;li&gt;Step through the forward pass with &lt;b&gt;→&lt;/b&gt; (one neuron; &lt;b&gt;←&lt;/b&gt; goes back, &lt;b&gt;Ctrl+→&lt;/b&gt; finishes the layer, &lt;b&gt;End&lt;/b&gt; the pass), and see each neuron&apos;s weighted input ⟦a = b + Σ w·x⟧ and its output ⟦z = h(a)⟧.&lt;/li&gt;&lt;li&gt;With a target set, step the backward pass with &lt;b&gt;Shift+→&lt;/b&gt; and watch ⟦δ = ∂E/∂a⟧ flow back from the output; then &lt;b&gt;Ctrl+U&lt;/b&gt; applies one update, ⟦w ← w − η·∂E/∂w⟧.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt; shows presentation mode for a projector (large type, full screen); &lt;b&gt;Esc&lt;/b&gt; leaves it.&lt;/li&gt;&lt;li&gt;Every edit can be undone with Ctrl+Z (redone with Ctrl+Shift+Z); save your network with Ctrl+S.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;NeuroStep 使用说明&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;从&lt;b&gt;示例&lt;/b&gt;菜单打开一个例子，或者用&lt;b&gt;网络 → 添加层&lt;/b&gt;和每层上的 + / − 按钮搭建网络。&lt;/li&gt;&lt;li&gt;单击神经元或连线即可选中它，在&lt;b&gt;属性&lt;/b&gt;面板中修改它的偏置或权重。没有选中任何对象时，属性面板显示示例表：单击某一行即可逐步计算它。蓝色连线表示正权重，红色表示负权重；越粗表示绝对值越大。&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;→&lt;/b&gt; 逐个神经元地进行前向传播（&lt;b&gt;←&lt;/b&gt; 后退一步，&lt;b&gt;Ctrl+→&lt;/b&gt; 算完本层，&lt;b&gt;End&lt;/b&gt; 算完本轮），查看每个神经元的加权输入 ⟦a = b + Σ w·x⟧ 和输出 ⟦z = h(a)⟧。&lt;/li&gt;&lt;li&gt;设置了目标值后，按 &lt;b&gt;Shift+→&lt;/b&gt; 逐步进行反向传播，观察 ⟦δ = ∂E/∂a⟧ 从输出层向前传递；然后按 &lt;b&gt;Ctrl+U&lt;/b&gt; 应用一次更新：⟦w ← w − η·∂E/∂w⟧。&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;F5&lt;/b&gt; 进入适合投影仪的演示模式（大字号、全屏），按 &lt;b&gt;Esc&lt;/b&gt; 退出。&lt;/li&gt;&lt;li&gt;每次编辑都可以用 Ctrl+Z 撤销（用 Ctrl+Shift+Z 重做）；用 Ctrl+S 保存网络。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Activation function</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data: the data set, its points, noise and split, the input features</source>
        <translation>数据：数据集、数据点、噪声与划分、输入特征</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training: Train and Pause, the epoch, loss and accuracy, the settings</source>
        <translation>训练：训练与暂停、轮次、损失与准确率、各项设置</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Decision: the network&apos;s output over the plane, behind the data points</source>
        <translation>决策：网络在平面上的输出，显示在数据点后面</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Loss: the training and test loss and accuracy per epoch</source>
        <translation>损失：每一轮的训练与测试损失和准确率</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NeuroStep %1&lt;/h3&gt;&lt;p&gt;A neural-network simulator for teaching: build a layered network, then step through forward and backward propagation one neuron at a time.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. The Chinese font is Noto Sans SC (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NeuroStep %1&lt;/h3&gt;&lt;p&gt;用于教学的神经网络模拟器：搭建一个分层的神经网络，然后逐个神经元地演示前向传播和反向传播。&lt;/p&gt;&lt;p&gt;自由软件，采用 MIT 许可证。中文字体为思源黑体 Noto Sans SC（SIL 开放字体许可证）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NotationMenu</name>
    <message>
        <source>&amp;Notation</source>
        <translation>记号(&amp;N)</translation>
    </message>
    <message>
        <source>Which letters the formulas use (%1 switches)</source>
        <translation>公式使用哪一套字母（%1 切换）</translation>
    </message>
    <message>
        <source>The book&apos;s letters: a = b + Σ w·x, z = h(a), η</source>
        <translation>书中的记号：a = b + Σ w·x，z = h(a)，η</translation>
    </message>
    <message>
        <source>a is the weighted input, z = h(a) the output, η the learning rate, as in the book 深度学习入门 (seed 001)</source>
        <translation>a 为加权输入，z = h(a) 为输出，η 为学习率，与《深度学习入门》（教程 001）相同</translation>
    </message>
    <message>
        <source>The course&apos;s letters: z = b + Σ w·x, a = g(z), α</source>
        <translation>课程中的记号：z = b + Σ w·x，a = g(z)，α</translation>
    </message>
    <message>
        <source>z is the weighted input, a = g(z) the output, α the learning rate, as in Andrew Ng&apos;s course (seeds 002 and 003)</source>
        <translation>z 为加权输入，a = g(z) 为输出，α 为学习率，与吴恩达的课程（教程 002、003）相同</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The default is %1 MB.</source>
        <translation>默认值为 %1 MB。</translation>
    </message>
    <message>
        <source>Undo keeps its steps within this much memory: past it the oldest steps are dropped, and the last edit can always be undone. In use now: %1 MB.</source>
        <translation>撤销历史占用的内存不会超过这个上限：超出时最早的步骤会被舍弃，但最近一次编辑总能撤销。当前占用：%1 MB。</translation>
    </message>
    <message>
        <source>Undo history memory:</source>
        <translation>撤销历史内存上限：</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Presentation mode (F5): full screen, large type; Esc leaves</source>
        <translation>演示模式（F5）：全屏、大字体；按 Esc 退出</translation>
    </message>
    <message>
        <source>Full screen with large type and thick lines, for a projector (F5; Esc leaves)</source>
        <translation>全屏显示，字体更大、线条更粗，适合投影（F5；按 Esc 退出）</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Compute the next neuron</source>
        <translation>计算下一个神经元</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>撤销上一步计算</translation>
    </message>
    <message>
        <source>Finish layer</source>
        <translation>完成本层</translation>
    </message>
    <message>
        <source>Compute the rest of this layer</source>
        <translation>计算本层余下的神经元</translation>
    </message>
    <message>
        <source>Finish pass</source>
        <translation>完成本轮传播</translation>
    </message>
    <message>
        <source>Compute every remaining neuron of this pass</source>
        <translation>计算本轮传播中余下的所有神经元</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset pass</source>
        <translation>重置传播</translation>
    </message>
    <message>
        <source>Back to nothing computed</source>
        <translation>回到尚未计算的状态</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Step automatically at the chosen speed</source>
        <translation>按所选速度自动单步</translation>
    </message>
    <message>
        <source>One gradient step with the learning rate: ⟦w ← w − η·∂E/∂w⟧ (undoable)</source>
        <translation>按学习率做一次梯度下降：⟦w ← w − η·∂E/∂w⟧（可撤销）</translation>
    </message>
    <message>
        <source>Backward step</source>
        <translation>反向传播一步</translation>
    </message>
    <message>
        <source>Back-propagate one neuron: its δ and its gradients (needs a target)</source>
        <translation>反向传播一个神经元：计算它的 δ 和梯度（需要目标值）</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Auto-play speed, in steps per second</source>
        <translation>自动播放速度，单位为步/秒</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <source>Learning rate ⟦η⟧, the step size of Apply update: ⟦w ← w − η·∂E/∂w⟧</source>
        <translation>学习率 ⟦η⟧，即应用更新的步长：⟦w ← w − η·∂E/∂w⟧</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>更新被拒绝</translation>
    </message>
    <message>
        <source>This update would make the network&apos;s numbers infinite, so it was not applied and the weights are unchanged.

Lower the learning rate (now %1) and try again.</source>
        <translation>这次更新会让网络中的数值变为无穷大，因此没有执行，权重保持不变。

请降低学习率（当前为 %1）后再试。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no example called “%1”; choose one from the Examples menu.</source>
        <translation>没有名为“%1”的示例；请从“示例”菜单中选择。</translation>
    </message>
</context>
</TS>
