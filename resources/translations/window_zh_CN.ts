<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activation</name>
    <message>
        <source>Step</source>
        <translation>阶跃函数</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等函数</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid 函数</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh 函数</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>RReLU</source>
        <translation>RReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>SiLU (Swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>z = 1 if a &gt; 0 else 0</source>
        <translation>a &gt; 0 时 z = 1，否则 z = 0</translation>
    </message>
    <message>
        <source>z = a</source>
        <translation>z = a</translation>
    </message>
    <message>
        <source>z = 1 / (1 + e^(-a))</source>
        <translation>z = 1 / (1 + e^(-a))</translation>
    </message>
    <message>
        <source>z = (e^a - e^(-a)) / (e^a + e^(-a))</source>
        <translation>z = (e^a - e^(-a)) / (e^a + e^(-a))</translation>
    </message>
    <message>
        <source>z = max(0, a)</source>
        <translation>z = max(0, a)</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else 0.01·a</source>
        <translation>a &gt; 0 时 z = a，否则 z = 0.01·a</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else α·a  (α learned, starts at 0.25)</source>
        <translation>a &gt; 0 时 z = a，否则 z = α·a（α 通过学习得到，初值 0.25）</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else r·a  (r random in [1/8, 1/3])</source>
        <translation>a &gt; 0 时 z = a，否则 z = r·a（r 在 [1/8, 1/3] 中随机取值）</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else e^a - 1</source>
        <translation>a &gt; 0 时 z = a，否则 z = e^a - 1</translation>
    </message>
    <message>
        <source>z = a/2 · (1 + tanh(√(2/π)·(a + 0.044715·a³)))</source>
        <translation>z = a/2 · (1 + tanh(√(2/π)·(a + 0.044715·a³)))</translation>
    </message>
    <message>
        <source>z = a · sigmoid(a)</source>
        <translation>z = a · sigmoid(a)</translation>
    </message>
    <message>
        <source>z = log(1 + e^a)</source>
        <translation>z = log(1 + e^a)</translation>
    </message>
    <message>
        <source>z_k = e^(a_k) / Σ_i e^(a_i)</source>
        <translation>z_k = e^(a_k) / Σ_i e^(a_i)</translation>
    </message>
    <message>
        <source>The perceptron&apos;s threshold: jumps from 0 to 1 at a = 0; its gradient is 0.</source>
        <translation>感知机的阈值函数：在 a = 0 处从 0 跳到 1；梯度处处为 0。</translation>
    </message>
    <message>
        <source>Passes the weighted input through unchanged; for regression outputs.</source>
        <translation>恒等函数：原样输出加权输入；用于回归问题的输出层。</translation>
    </message>
    <message>
        <source>A smooth S-curve from 0 to 1; saturates (gradient near 0) for large |a|.</source>
        <translation>从 0 到 1 的平滑 S 形曲线；|a| 较大时饱和（梯度接近 0）。</translation>
    </message>
    <message>
        <source>An S-curve from -1 to 1, centred on 0; saturates for large |a|.</source>
        <translation>双曲正切：从 -1 到 1、以 0 为中心的 S 形曲线；|a| 较大时饱和。</translation>
    </message>
    <message>
        <source>Outputs a when a &gt; 0, else 0; cheap, and its gradient is 1 for a &gt; 0.</source>
        <translation>a &gt; 0 时输出 a，否则输出 0；计算简单，a &gt; 0 时梯度为 1。</translation>
    </message>
    <message>
        <source>Like ReLU, but a small slope 0.01 for a ≤ 0 keeps the gradient alive.</source>
        <translation>与 ReLU 相似，但 a ≤ 0 时保留 0.01 的小斜率，梯度不为 0。</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned with the weights, one per layer.</source>
        <translation>参数化 ReLU：负半轴斜率 α 随权重一起学习，每层一个。</translation>
    </message>
    <message>
        <source>Leaky ReLU with a random slope while training, their mean otherwise.</source>
        <translation>随机 ReLU：训练时负半轴斜率在 [1/8, 1/3] 中随机取，否则取其平均。</translation>
    </message>
    <message>
        <source>Smooth for a &lt; 0, approaching -1; mean outputs closer to 0 than ReLU.</source>
        <translation>a &lt; 0 时平滑地趋近 -1；输出均值比 ReLU 更接近 0。</translation>
    </message>
    <message>
        <source>A smooth ReLU weighted by a Gaussian&apos;s probability (tanh approximation).</source>
        <translation>高斯误差线性单元：按高斯概率加权的平滑 ReLU（tanh 近似）。</translation>
    </message>
    <message>
        <source>The input times its own sigmoid; smooth and slightly negative for a &lt; 0.</source>
        <translation>输入乘以自身的 sigmoid；平滑，a &lt; 0 时略为负值。</translation>
    </message>
    <message>
        <source>A smooth version of ReLU; its derivative is the sigmoid.</source>
        <translation>ReLU 的平滑版本；其导数就是 sigmoid。</translation>
    </message>
    <message>
        <source>Turns a layer&apos;s inputs into probabilities that sum to 1; for classification.</source>
        <translation>把一层的输入变为总和为 1 的概率；用于分类问题的输出层。</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>NeuroStep did not close properly last time. Restore the network you had not saved?</source>
        <translation>NeuroStep 上次没有正常关闭。要恢复当时尚未保存的网络吗？</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Change learning rate</source>
        <translation>修改学习率</translation>
    </message>
    <message>
        <source>Replace network</source>
        <translation>替换网络</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Resize layer</source>
        <translation>改变层的大小</translation>
    </message>
    <message>
        <source>Change activation</source>
        <translation>修改激活函数</translation>
    </message>
    <message>
        <source>Change input size</source>
        <translation>修改输入数量</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>修改权重</translation>
    </message>
    <message>
        <source>Change bias</source>
        <translation>修改偏置</translation>
    </message>
    <message>
        <source>Change PReLU slope</source>
        <translation>修改 PReLU 斜率</translation>
    </message>
    <message>
        <source>Change input</source>
        <translation>修改输入</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>修改目标值</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标值</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The network “%1” has unsaved changes. Save them first?</source>
        <translation>网络“%1”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>打开网络</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 已不存在，已从最近使用的文件中移除。</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>网络另存为</translation>
    </message>
    <message>
        <source>Cannot save file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
        <source>NeuroStep networks (*.neurostep);;All files (*)</source>
        <translation>NeuroStep 网络 (*.neurostep);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>The system said: %1.</source>
        <translation>系统提示：%1。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>You do not have permission to read it.</source>
        <translation>没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>The file name is not valid.</source>
        <translation>文件名无效。</translation>
    </message>
    <message>
        <source>It could not be read (%1).</source>
        <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
        <source>It is larger than %1 MB, the most NeuroStep opens.</source>
        <translation>文件大于 %1 MB，超出了 NeuroStep 能打开的上限。</translation>
    </message>
    <message>
        <source>It has more than %1 layers, the most NeuroStep opens.</source>
        <translation>网络超过 %1 层，超出了 NeuroStep 能打开的上限。</translation>
    </message>
    <message>
        <source>It is not a NeuroStep network: its text is not UTF-8.</source>
        <translation>这不是 NeuroStep 网络文件：文本不是 UTF-8 编码。</translation>
    </message>
    <message>
        <source>It is not a NeuroStep network: its text is not valid JSON (line %1, column %2).</source>
        <translation>这不是 NeuroStep 网络文件：文本不是有效的 JSON（第 %1 行，第 %2 列）。</translation>
    </message>
    <message>
        <source>It is not a NeuroStep network: its text is not valid JSON.</source>
        <translation>这不是 NeuroStep 网络文件：文本不是有效的 JSON。</translation>
    </message>
    <message>
        <source>It is JSON, but not a NeuroStep network file.</source>
        <translation>这是 JSON 文件，但不是 NeuroStep 网络文件。</translation>
    </message>
    <message>
        <source>It was saved by a newer NeuroStep (file version %1; this one reads version %2).</source>
        <translation>该文件由更新版本的 NeuroStep 保存（文件版本 %1；本程序只能读取版本 %2）。</translation>
    </message>
    <message>
        <source>Its file version (%1) is not one this NeuroStep reads.</source>
        <translation>本程序无法读取该文件版本（%1）。</translation>
    </message>
    <message>
        <source>Layer %1 uses an activation NeuroStep does not know: %2.</source>
        <translation>第 %1 层使用了 NeuroStep 不认识的激活函数：%2。</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>In %1, the sizes do not fit the layers around it.</source>
        <translation>%1的大小与相邻的层不匹配。</translation>
    </message>
    <message>
        <source>In %1, a number is not finite (NaN or infinity).</source>
        <translation>%1中有一个数不是有限值（NaN 或无穷大）。</translation>
    </message>
    <message>
        <source>In %1, a value has the wrong type or is out of range (field “%2”).</source>
        <translation>%1中有一个值类型错误或超出范围（字段“%2”）。</translation>
    </message>
</context>
<context>
    <name>Loss</name>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵误差</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵误差</translation>
    </message>
</context>
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
        <source>Untitled</source>
        <translation>未命名</translation>
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
        <source>Open a .neurostep file</source>
        <translation>打开一个 .neurostep 文件</translation>
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
        <source>Computation: the current neuron&apos;s a = b + Σ w·x and z = h(a) with real numbers</source>
        <translation>计算过程：用实际数值展示当前神经元的 a = b + Σ w·x 和 z = h(a)</translation>
    </message>
    <message>
        <source>Activation function</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Activation function: the curve z = h(a) and the point being computed</source>
        <translation>激活函数：曲线 z = h(a) 以及正在计算的点</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Gradients: δ = ∂E/∂a of each neuron and the size of each layer&apos;s weight gradients</source>
        <translation>梯度：每个神经元的 δ = ∂E/∂a，以及每层权重梯度的大小</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NeuroStep %1&lt;/h3&gt;&lt;p&gt;A neural-network simulator for teaching: build a layered network, then step through forward and backward propagation one neuron at a time.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. The Chinese font is Noto Sans SC (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NeuroStep %1&lt;/h3&gt;&lt;p&gt;用于教学的神经网络模拟器：搭建一个分层的神经网络，然后逐个神经元地演示前向传播和反向传播。&lt;/p&gt;&lt;p&gt;自由软件，采用 MIT 许可证。中文字体为思源黑体 Noto Sans SC（SIL 开放字体许可证）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How to use NeuroStep&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open an example from &lt;b&gt;Examples&lt;/b&gt;, or build a network with &lt;b&gt;Network → Add layer&lt;/b&gt; and the + / − buttons on each layer.&lt;/li&gt;&lt;li&gt;Click a neuron or an edge to select it; the &lt;b&gt;Inspector&lt;/b&gt; edits its bias or weight. Blue edges are positive weights, red ones negative; thicker means larger.&lt;/li&gt;&lt;li&gt;Step through the forward pass with &lt;b&gt;→&lt;/b&gt; (one neuron), see each neuron&apos;s weighted input a = b + Σ w·x and its output z = h(a).&lt;/li&gt;&lt;li&gt;With a target set, continue into the backward pass and watch δ = ∂E/∂a flow back from the output.&lt;/li&gt;&lt;li&gt;Every edit can be undone with Ctrl+Z; save your network with Ctrl+S.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;NeuroStep 使用说明&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;从&lt;b&gt;示例&lt;/b&gt;菜单打开一个例子，或者用&lt;b&gt;网络 → 添加层&lt;/b&gt;和每层上的 + / − 按钮搭建网络。&lt;/li&gt;&lt;li&gt;单击神经元或连线即可选中它，在&lt;b&gt;属性&lt;/b&gt;面板中修改它的偏置或权重。蓝色连线表示正权重，红色表示负权重；越粗表示绝对值越大。&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;→&lt;/b&gt; 逐个神经元地进行前向传播，查看每个神经元的加权输入 a = b + Σ w·x 和输出 z = h(a)。&lt;/li&gt;&lt;li&gt;设置了目标值后，可以继续进行反向传播，观察 δ = ∂E/∂a 从输出层向前传递。&lt;/li&gt;&lt;li&gt;每次编辑都可以用 Ctrl+Z 撤销；用 Ctrl+S 保存网络。&lt;/li&gt;&lt;/ol&gt;</translation>
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
